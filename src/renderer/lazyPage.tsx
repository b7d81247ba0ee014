// Pages as separate chunks: React.lazy behind a Suspense boundary of their own, so the shell
// (header, navigation, selectors) stays up while a page's code arrives.
import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingBlock } from './components/LoadingBlock.tsx';

const loaders: Array<() => Promise<unknown>> = [];
let preloadScheduled = false;

/**
 * Once the first page is drawn, the other pages' chunks are fetched while the app is idle, so that
 * moving to them later does not wait on the file (the files are local; this is about parse time).
 */
function schedulePreload(): void {
  if (preloadScheduled) return;
  preloadScheduled = true;
  const run = () => {
    for (const load of loaders) void load().catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

/** A page component that loads `name` from the module `load` returns, the first time it is shown. */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType {
  loaders.push(load);
  const Lazy = lazy(async () => {
    const module = await load();
    schedulePreload();
    return { default: module[name] as ComponentType };
  });
  function Page() {
    return (
      <Suspense fallback={<LoadingBlock label="Sidan läses in…" />}>
        <Lazy />
      </Suspense>
    );
  }
  Page.displayName = `Lazy(${name})`;
  return Page;
}
