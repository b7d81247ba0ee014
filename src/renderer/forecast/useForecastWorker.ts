// Runs forecasts in the worker. One request is computed at a time; while it is computed, newer
// inputs replace each other and only the newest is sent next, so a slider dragged through a slow
// simulation never builds a backlog. A result older than the one shown is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ForecastRequest, ForecastView, WorkerReply } from './computeForecastView.ts';

export type ForecastInput = Omit<ForecastRequest, 'id'>;

export interface ForecastWorkerState {
  view: ForecastView | null;
  /** True while the newest inputs have not been computed yet. */
  computing: boolean;
  error: string | null;
}

function createWorker(): Worker {
  return new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module', name: 'prognos' });
}

export function useForecastWorker(input: ForecastInput | null): ForecastWorkerState {
  const [state, setState] = useState<ForecastWorkerState>({ view: null, computing: input !== null, error: null });
  const worker = useRef<Worker | null>(null);
  const latest = useRef<ForecastRequest | null>(null);
  const inFlight = useRef<number | null>(null);
  const shownId = useRef(0);
  const nextId = useRef(1);

  // Reads only refs, so it is the same function for the hook's whole life.
  const send = useCallback(() => {
    const w = worker.current;
    const request = latest.current;
    if (!w || inFlight.current !== null || !request || request.id <= shownId.current) return;
    inFlight.current = request.id;
    w.postMessage(request);
  }, []);

  useEffect(() => {
    const w = createWorker();
    worker.current = w;
    inFlight.current = null;
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      inFlight.current = null;
      const id = reply.ok ? reply.view.id : reply.id;
      if (id > shownId.current) {
        shownId.current = id;
        const newest = id === latest.current?.id;
        setState((s) => (reply.ok ? { view: reply.view, computing: !newest, error: null } : { view: s.view, computing: !newest, error: reply.message }));
      }
      send();
    };
    w.onerror = (event) => {
      event.preventDefault();
      inFlight.current = null;
      setState((s) => ({ ...s, computing: false, error: 'Prognosen kunde inte beräknas. Försök igen eller starta om Lotsplan.' }));
    };
    send();
    return () => {
      w.terminate();
      worker.current = null;
      inFlight.current = null;
    };
  }, [send]);

  useEffect(() => {
    if (input === null) return;
    latest.current = { ...input, id: nextId.current++ };
    setState((s) => (s.computing ? s : { ...s, computing: true }));
    send();
  }, [input, send]);

  return state;
}
