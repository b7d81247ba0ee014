// Pages as separate chunks: React.lazy behind a Suspense boundary of their own, so the shell
// (header, navigation, selectors) stays up while a page's code arrives.
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { LoadingBlock } from './components/LoadingBlock.tsx';
import { whenIdle } from './whenIdle.ts';

const loaders: Array<() => Promise<unknown>> = [];
/** The loader of each page by its route path ("/oversikt"), for preloadPageFor. */
const loadersByPath = new Map<string, () => Promise<unknown>>();
let preloadScheduled = false;
let busy: () => boolean = () => false;
/** However long `busy` says so, the other pages are fetched at the latest this long after the first. */
const PRELOAD_WAIT_LIMIT_MS = 10_000;

/**
 * Holds the other pages' preload back while `isBusy()` (the first page's calls are in flight):
 * evaluating the large chunks (the memo editor, the charts) takes the main thread for a long while,
 * and the main thread is idle while the first page waits for its answers.
 */
export function holdPreloadWhile(isBusy: () => boolean): void {
  busy = isBusy;
}

/**
 * Once the first page is drawn with its data, the other pages' chunks are fetched while the app is
 * idle, so that moving to them later does not wait on the file (the files are local; this is about
 * parse time).
 */
function schedulePreload(): void {
  if (preloadScheduled) return;
  preloadScheduled = true;
  const since = Date.now();
  const run = () => {
    if (busy() && Date.now() - since < PRELOAD_WAIT_LIMIT_MS) {
      setTimeout(() => whenIdle(run, 3000), 200);
      return;
    }
    for (const load of loaders) void load().catch(() => {});
  };
  whenIdle(run, 3000);
}

/**
 * Starts loading the chunk of the page at `path` (the hash route's path, "/tjansteutlatanden/3"
 * counts as "/tjansteutlatanden") at once, so that the first page's file arrives while the app
 * shell starts and reads the catalogue, instead of after it.
 */
export function preloadPageFor(path: string): Promise<void> {
  const first = `/${path.split(/[?#]/)[0]!.split('/').filter(Boolean)[0] ?? ''}`;
  return (loadersByPath.get(first)?.() ?? Promise.resolve()).then(
    () => {},
    () => {},
  );
}

interface LazyPageParts {
  /** The page's component once its module is in, else undefined. */
  loaded(): ComponentType | undefined;
  Lazy: ComponentType;
}

let firstPageMounted = false;

/**
 * The first page at once when its module is in, else (and every later page, as before) behind its
 * own Suspense boundary. Later pages keep the one suspending turn on purpose: the move of focus to
 * the new page's heading and a dialog the page opens on arrival are timed by it.
 */
function LazyPageFrame({ page }: { page: LazyPageParts }) {
  // Decided once per mount, so that a module arriving later never swaps the tree under the page.
  const [Loaded] = useState(() => {
    const first = !firstPageMounted;
    firstPageMounted = true;
    return first ? page.loaded() : undefined;
  });
  useEffect(() => {
    if (Loaded) schedulePreload();
  }, [Loaded]);
  if (Loaded) return <Loaded />;
  const { Lazy } = page;
  return (
    <Suspense fallback={<LoadingBlock label="Sidan läses in…" />}>
      <Lazy />
    </Suspense>
  );
}

/** The element of a page that loads `name` from the module `load` returns, the first time it is shown. */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string, path?: string): ReactElement {
  // The page's component once its module has arrived: the first page, whose module is fetched
  // beside the first calls, is then drawn in the same render as the frame, instead of suspending
  // for a turn and being drawn in a second pass.
  let component: ComponentType | undefined;
  const loadTracked = () =>
    load().then((module) => {
      component ??= module[name] as ComponentType;
      return module;
    });
  loaders.push(loadTracked);
  if (path !== undefined) loadersByPath.set(path, loadTracked);
  const Lazy = lazy(async () => {
    const module = await loadTracked();
    schedulePreload();
    return { default: module[name] as ComponentType };
  });
  // Keyed by the page, so that moving to another page mounts a frame of its own.
  return <LazyPageFrame key={name} page={{ loaded: () => component, Lazy }} />;
}
