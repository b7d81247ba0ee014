// First: importing it sends the first screen's calls, before React renders anything.
import { queryClient, startAnswered } from './selection/startQueries.ts';
import './fonts.css';
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { holdPreloadWhile } from './lazyPage.tsx';
import { startPageLoaded } from './router.tsx';
import { getBridge } from './api/transport.ts';
import { installCloseGuard } from './unsaved/closeGuard.ts';
import { unsavedWork } from './unsaved/unsavedWork.ts';

/** However long the start's answers take, the frame (with its loader) is drawn after this long. */
const ANSWER_WAIT_LIMIT_MS = 300;

// Closing or reloading the window with unsaved work saves it or asks first (unsaved/closeGuard.ts).
installCloseGuard(unsavedWork, window, getBridge());

// The other pages wait until the first page's answers are in (see lazyPage.tsx).
holdPreloadWhile(() => queryClient.isFetching() > 0);

const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root saknas i index.html.');
// The first page's module (a failure too, which the page's own loader then shows) and, for a short
// while, the start's answers: the frame and the page are then drawn in one pass, instead of a
// loader first and everything again when the answers arrive a moment later.
const answeredOrLate = Promise.race([startAnswered, new Promise((resolve) => setTimeout(resolve, ANSWER_WAIT_LIMIT_MS))]);
void Promise.all([startPageLoaded, answeredOrLate]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
