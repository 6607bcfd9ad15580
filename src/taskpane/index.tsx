/* global Office */
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands/commands';
import { createExcelHost } from '../excel/ExcelHost';
import { App } from './App';
import { PaneProvider } from './theme/PaneProvider';

/**
 * The Excel entry point, loaded by taskpane.html (the shared runtime page). The ribbon's commands are registered
 * here too, because in a shared runtime this page is also the ribbon's function file.
 */
Office.onReady(() => {
  registerCommands();
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element.');
  createRoot(container).render(
    <PaneProvider>
      <App host={createExcelHost()} />
    </PaneProvider>,
  );
});
