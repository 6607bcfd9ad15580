import { createRoot } from 'react-dom/client';
import { PaneProvider } from '../taskpane/theme/PaneProvider';
import { PreviewApp } from './PreviewApp';

/** The preview's entry point (preview.html): no Office.js, the page itself stands in for Excel. */
const container = document.getElementById('container');
if (!container) throw new Error('preview.html has no #container element.');
createRoot(container).render(
  <PaneProvider>
    <PreviewApp />
  </PaneProvider>,
);
