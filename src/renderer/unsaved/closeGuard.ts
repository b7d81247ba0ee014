// Nothing unsaved is lost when the window is closed or reloaded. While the registry holds unsaved
// work, a beforeunload listener first starts the saves that outlive the page (the browser host's
// keepalive request for a memo) and then, if anything would still be lost, holds the unload: the
// browser asks its own question, and Electron's main process asks "Stäng Lotsplan?"
// (electron/main/closeGuard.ts). In Electron the window also tells the main process what it holds
// (reportUnsavedWork), so that the question can name it, and saves what it can when the main
// process asks before closing (SAVE_BEFORE_CLOSE_CHANNEL, answered with savedBeforeClose).
import type { LotsplanBridge } from '../../api/bridge.ts';
import { MAX_UNSAVED_REPORTED, MAX_UNSAVED_TEXT } from '../../core/unsaved/closeQuestion.ts';
import type { UnsavedWorkRegistry, UnsavedWorkReport } from './unsavedWork.ts';

/** What the guard uses of a beforeunload event. */
export interface UnloadEvent {
  preventDefault(): void;
  returnValue: unknown;
}

/** The part of the page the guard listens on (the window). */
export interface UnloadTarget {
  addEventListener(type: 'beforeunload', listener: (event: UnloadEvent) => void): void;
  removeEventListener(type: 'beforeunload', listener: (event: UnloadEvent) => void): void;
}

export type CloseGuardBridge = Pick<LotsplanBridge, 'onSaveBeforeClose'> & { host: Pick<LotsplanBridge['host'], 'reportUnsavedWork' | 'savedBeforeClose'> };

/** The report within the host contract's limits. */
export function boundedReport(report: UnsavedWorkReport): UnsavedWorkReport {
  return {
    unsaved: report.unsaved.slice(0, MAX_UNSAVED_REPORTED).map((what) => (what.length > MAX_UNSAVED_TEXT ? `${what.slice(0, MAX_UNSAVED_TEXT - 1)}…` : what)),
    savable: report.savable,
  };
}

/** Installs the guard; the returned function removes it again. */
export function installCloseGuard(registry: UnsavedWorkRegistry, target: UnloadTarget, bridge: CloseGuardBridge | null): () => void {
  const onBeforeUnload = (event: UnloadEvent) => {
    if (registry.unloading().length === 0) return;
    event.preventDefault();
    // Chromium before version 119 (and so older Electron) asks only when returnValue is set.
    event.returnValue = true;
  };
  // Listened for only while something is unsaved: a page with a beforeunload listener is kept out of
  // the browser's back-forward cache.
  let listening = false;
  const follow = (report: UnsavedWorkReport) => {
    const wanted = report.unsaved.length > 0;
    if (wanted === listening) return;
    listening = wanted;
    if (wanted) target.addEventListener('beforeunload', onBeforeUnload);
    else target.removeEventListener('beforeunload', onBeforeUnload);
  };
  follow(registry.report());
  const stops = [registry.subscribe(follow)];

  if (bridge) {
    // A failed report only leaves the question less precise: it still comes, from the page's beforeunload.
    stops.push(registry.subscribe((report) => void bridge.host.reportUnsavedWork(boundedReport(report)).catch(() => undefined)));
    stops.push(
      bridge.onSaveBeforeClose(() => {
        void registry
          .saveAll()
          .then((left) => bridge.host.savedBeforeClose(boundedReport(left)))
          .catch(() => undefined);
      }),
    );
  }
  return () => {
    for (const stop of stops) stop();
    follow({ unsaved: [], savable: false });
  };
}
