import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(<App />);

// The installable app: the service worker keeps the app shell for use without a connection
// (web/vite.config.mts). Not under `vite` dev, where files change all the time. A new version
// waits until every Brug tab is closed, so a form being filled in is never reloaded away.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}
