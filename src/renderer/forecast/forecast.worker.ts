// The forecast worker: computes on its own thread so that the screen never freezes, even when a
// simulation with 10 000 runs takes a moment. Vite bundles it as a separate file (the CSP allows
// only scripts from the app itself, not blob: workers).
import { replyTo, type ForecastRequest } from './computeForecastView.ts';

// The DOM library types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ForecastRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  scope.postMessage(replyTo(event.data));
};
