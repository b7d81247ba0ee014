// First: importing it sends the first screen's calls, before React renders anything.
import { queryClient } from './selection/startQueries.ts';
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

// The other pages wait until the first page's answers are in (see lazyPage.tsx).
holdPreloadWhile(() => queryClient.isFetching() > 0);

const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root saknas i index.html.');
// The first page's module is usually in before the catalog; waiting for it (a failure too, which
// the page's own loader then shows) lets the frame and the page be drawn in one pass.
void startPageLoaded.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
