import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createBrowserStorage } from './store/workspace-storage';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root saknas i index.html');
createRoot(root).render(
  <StrictMode>
    <App storage={createBrowserStorage()} />
  </StrictMode>,
);
