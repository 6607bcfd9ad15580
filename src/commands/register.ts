/**
 * The ribbon's entry point: the first script taskpane.html runs after office.js, before the React and Fluent bundles.
 *
 * With a shared runtime, Office loads taskpane.html when the ribbon button is first clicked and runs the command as
 * soon as the page has associated it. Associating it only after the pane's bundles have loaded (inside the pane's
 * Office.onReady) lets that first click go unanswered (office-js issue 5176). So the command is associated here, at
 * the top level of this small script, as Office's shared-runtime guidance does it.
 */
import { registerCommands } from './commands';

try {
  registerCommands();
} catch (error) {
  // Without a shared runtime (older Excel) Office.actions is missing: the ribbon button then cannot run, but the pane
  // must still open, and its own Refresh button does the same work.
  console.error('The ribbon command could not be registered.', error);
}
