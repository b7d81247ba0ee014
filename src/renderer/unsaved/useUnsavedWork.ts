// A place with unsaved input says so while it holds some: `useUnsavedWork(unsaved ? { what } : null)`.
// The registry reads the work as the place last drew it, at the moment of closing; the place is in
// the registry only while it holds some, so the many fields of Bemanning cost nothing until one is
// typed in.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { type UnsavedHandle, type UnsavedWork, unsavedWork } from './unsavedWork.ts';

export function useUnsavedWork(work: UnsavedWork | null): void {
  const current = useRef(work);
  const handle = useRef<UnsavedHandle | null>(null);
  useLayoutEffect(() => {
    current.current = work;
    if (work === null) {
      handle.current?.remove();
      handle.current = null;
    } else if (handle.current === null) handle.current = unsavedWork.add(() => current.current);
    else handle.current.changed();
  });
  useEffect(
    () => () => {
      handle.current?.remove();
      handle.current = null;
    },
    [],
  );
}
