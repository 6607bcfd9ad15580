/* global Office */
import { createRoot } from 'react-dom/client';
import { commandOutcomes } from '../commands/lastOutcome';
import { createExcelHost } from '../excel/ExcelHost';
import { App } from './App';
import { PaneProvider } from './theme/PaneProvider';

/**
 * The Excel entry point, loaded by taskpane.html (the shared runtime page) after src/commands/register.ts, which has
 * already associated the ribbon's command: in a shared runtime this page is also the ribbon's function file.
 */
Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element.');
  createRoot(container).render(
    <PaneProvider>
      <App host={createExcelHost()} commandOutcomes={commandOutcomes} />
    </PaneProvider>,
  );
}).catch((error: unknown) => {
  // Nothing can show the pane's own error bar before the pane exists: the console is where a developer looks.
  console.error('The task pane could not start.', error);
});
