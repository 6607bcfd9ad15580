/* global Office */
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands/commands';
import { commandOutcomes } from '../commands/lastOutcome';
import { createExcelHost } from '../excel/ExcelHost';
import { App } from './App';
import { PaneProvider } from './theme/PaneProvider';

/**
 * The Excel entry point, loaded by taskpane.html (the shared runtime page). The ribbon's commands are registered
 * here too, because in a shared runtime this page is also the ribbon's function file.
 */
Office.onReady(() => {
  try {
    registerCommands();
  } catch (error) {
    // Without a shared runtime (older Excel) Office.actions is missing: the ribbon button then cannot run, but the
    // pane must still open, and its own Refresh button does the same work.
    console.error('The ribbon command could not be registered.', error);
  }
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element.');
  createRoot(container).render(
    <PaneProvider>
      <App host={createExcelHost()} commandOutcomes={commandOutcomes} />
    </PaneProvider>,
  );
});
