// Runs `run` once the browser is idle (at the latest after `timeoutMs`): for what the first screen
// does not need, such as the command palette and the notification area, so that it does not compete
// with the first screen for the main thread. Returns a function that cancels it.
export function whenIdle(run: () => void, timeoutMs = 1500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, Math.min(timeoutMs, 300));
  return () => clearTimeout(id);
}
