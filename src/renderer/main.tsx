import './fonts.css';
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root saknas i index.html.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
