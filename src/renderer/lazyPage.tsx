// Pages as separate chunks: React.lazy behind a Suspense boundary of their own, so the shell
// (header, navigation, selectors) stays up while a page's code arrives.
import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingBlock } from './components/LoadingBlock.tsx';

const loaders: Array<() => Promise<unknown>> = [];
/** The loader of each page by its route path ("/oversikt"), for preloadPageFor. */
const loadersByPath = new Map<string, () => Promise<unknown>>();
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

/**
 * Starts loading the chunk of the page at `path` (the hash route's path, "/tjansteutlatanden/3"
 * counts as "/tjansteutlatanden") at once, so that the first page's file arrives while the app
 * shell starts and reads the catalogue, instead of after it.
 */
export function preloadPageFor(path: string): void {
  const first = `/${path.split(/[?#]/)[0]!.split('/').filter(Boolean)[0] ?? ''}`;
  void loadersByPath
    .get(first)?.()
    .catch(() => {});
}

/** A page component that loads `name` from the module `load` returns, the first time it is shown. */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string, path?: string): ComponentType {
  loaders.push(load);
  if (path !== undefined) loadersByPath.set(path, load);
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
