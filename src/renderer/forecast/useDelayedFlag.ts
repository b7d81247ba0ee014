// A flag that turns on only after it has been on for a while, so that a computation of a few
// milliseconds never flashes a "Beräknar…" on the screen.
import { useEffect, useState } from 'react';

export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return shown;
}
