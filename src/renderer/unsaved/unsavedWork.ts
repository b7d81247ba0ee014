// The one list of unsaved work in the renderer, which the window's closing asks (closeGuard.ts).
// Each place that can hold input that is not saved (Prognos's changed assumptions, a memo's
// pending autosave, the month dialog of Månadsstatistik, the scenario editor, a field of Bemanning
// that saves when it is left) adds a source, which says what it holds at the moment it is asked.
// Work that can simply be saved is saved instead of asked about: before the desktop window closes
// (saveAll, which the main process asks for) and, in the browser, by a request that outlives the
// page (saveOnUnload). Pure TypeScript, no React (the hook is useUnsavedWork.ts).

/** Unsaved work as the place that holds it describes it now. */
export interface UnsavedWork {
  /** What it is, as the closing question names it ("ändrade antaganden i Prognos"). */
  what: string;
  /**
   * Which state of the work this is (a memo's count of changes, a field's text): work that has been
   * saved stays saved while its description and revision are the same, until the place draws the
   * saved state, and is unsaved again as soon as either changes.
   */
  revision?: string | number | undefined;
  /** Saves it without asking; resolves true once it is saved. Without: only the user can save it. */
  save?: (() => Promise<boolean>) | undefined;
  /** Starts a save that outlives the page (the browser host's keepalive request); true when it is on its way. */
  saveOnUnload?: (() => boolean) | undefined;
}

/** What a place holds now: its unsaved work, or null when everything is saved. */
export type UnsavedSource = () => UnsavedWork | null;

/** What the main process is told: the descriptions, and whether any of it can be saved before closing. */
export interface UnsavedWorkReport {
  unsaved: string[];
  savable: boolean;
}

export interface UnsavedHandle {
  /** Tells the registry that what the source says may have changed. */
  changed(): void;
  remove(): void;
}

export interface UnsavedWorkRegistry {
  add(source: UnsavedSource): UnsavedHandle;
  report(): UnsavedWorkReport;
  /** Called with each new report (a report equal to the last is not sent again); returns the unsubscribe function. */
  subscribe(listener: (report: UnsavedWorkReport) => void): () => void;
  /** Saves all work that can be saved; resolves with what is left. */
  saveAll(): Promise<UnsavedWorkReport>;
  /** The page is being unloaded: starts the saves that outlive it and returns the descriptions of what would still be lost. */
  unloading(): string[];
}

interface Entry {
  source: UnsavedSource;
  /** The work as it stood when it was saved: while the source still describes it so, it is saved. */
  saved: Pick<UnsavedWork, 'what' | 'revision'> | null;
}

const stateOf = (work: UnsavedWork): Entry['saved'] => ({ what: work.what, revision: work.revision });

const sameReport = (a: UnsavedWorkReport, b: UnsavedWorkReport) =>
  a.savable === b.savable && a.unsaved.length === b.unsaved.length && a.unsaved.every((u, i) => u === b.unsaved[i]);

/** What a source says; a source that throws holds nothing that could be named or saved. */
function readSource(entry: Entry): UnsavedWork | null {
  try {
    return entry.source();
  } catch {
    return null;
  }
}

export function createUnsavedWorkRegistry(): UnsavedWorkRegistry {
  const entries = new Set<Entry>();
  const listeners = new Set<(report: UnsavedWorkReport) => void>();
  let last: UnsavedWorkReport = { unsaved: [], savable: false };

  const current = (entry: Entry): UnsavedWork | null => {
    const work = readSource(entry);
    if (work === null) return null;
    if (entry.saved !== null && entry.saved.what === work.what && entry.saved.revision === work.revision) return null;
    // Changed since it was saved.
    entry.saved = null;
    return work;
  };

  const report = (): UnsavedWorkReport => {
    const unsaved: string[] = [];
    let savable = false;
    for (const entry of entries) {
      const work = current(entry);
      if (!work) continue;
      unsaved.push(work.what);
      if (work.save) savable = true;
    }
    return { unsaved, savable };
  };

  const notify = () => {
    const next = report();
    if (sameReport(next, last)) return;
    last = next;
    for (const listener of listeners) listener(next);
  };

  return {
    add(source) {
      const entry: Entry = { source, saved: null };
      entries.add(entry);
      notify();
      return {
        changed: notify,
        remove() {
          if (entries.delete(entry)) notify();
        },
      };
    },
    report,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async saveAll() {
      await Promise.all(
        [...entries].map(async (entry) => {
          const work = current(entry);
          if (!work?.save) return;
          let ok = false;
          try {
            ok = await work.save();
          } catch {
            ok = false;
          }
          // The source may not say so yet (React draws the saved state a moment later): the work as
          // it was described before the save is saved, and anything changed since is not.
          if (ok) entry.saved = stateOf(work);
        }),
      );
      notify();
      return report();
    },
    unloading() {
      const left: string[] = [];
      for (const entry of entries) {
        const work = current(entry);
        if (!work) continue;
        let started = false;
        try {
          started = work.saveOnUnload?.() ?? false;
        } catch {
          started = false;
        }
        if (started) entry.saved = stateOf(work);
        else left.push(work.what);
      }
      return left;
    },
  };
}

/** The renderer's registry. */
export const unsavedWork: UnsavedWorkRegistry = createUnsavedWorkRegistry();
