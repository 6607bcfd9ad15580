/**
 * The ribbon's ExecuteFunction handler: Refresh JAC summary without opening the pane. It runs the same refresh as the
 * pane's button, with the settings saved in the workbook, publishes the outcome for the pane (lastOutcome.ts), opens
 * the pane when something went wrong so the message is seen rather than lost, and always tells Office it has
 * finished (event.completed), or the button would stay busy.
 */
import { resolveSettings } from '../core/resolveSettings';
import type { IsoDate } from '../core/types';
import { createExcelHost } from '../excel/ExcelHost';
import { toHostError } from '../excel/officeErrors';
import { localToday } from '../host/localDate';
import { refreshSummary } from '../host/refresh';
import type { WorkbookHost } from '../host/WorkbookHost';
import { publishCommandOutcome, type CommandOutcome } from './lastOutcome';
import { REFRESH_COMMAND } from './names';

export interface CommandDeps {
  host: () => WorkbookHost;
  /** Today in the user's time zone, as the paper's date when the settings leave it empty. */
  today: () => IsoDate;
  /** Brings the task pane up (to show an error); may do nothing where Excel cannot. */
  showPane: () => Promise<void>;
  now?: () => Date;
}

/** Runs one refresh and publishes what happened; never throws. */
export async function runRefreshCommand(deps: CommandDeps): Promise<CommandOutcome> {
  const now = deps.now ?? (() => new Date());
  let outcome: CommandOutcome;
  try {
    const host = deps.host();
    const settings = resolveSettings(await host.loadSettings());
    const result = await refreshSummary(host, settings, deps.today());
    outcome =
      result.kind === 'written'
        ? { kind: 'success', refresh: result, at: now() }
        : // A refresh blocked by a missing table: the pane offers "Choose the tables" for this code.
          { kind: 'error', code: 'table-not-found', message: result.message, retryable: false, at: now() };
  } catch (error) {
    const mapped = toHostError(error);
    outcome = { kind: 'error', code: mapped.code, message: mapped.message, retryable: mapped.retryable, at: now() };
  }
  publishCommandOutcome(outcome);
  if (outcome.kind === 'error') {
    try {
      await deps.showPane();
    } catch {
      // The outcome is still there for when the user opens the pane.
    }
  }
  return outcome;
}

const officeDeps: CommandDeps = {
  host: createExcelHost,
  today: () => localToday(),
  showPane: async () => {
    if (typeof Office !== 'undefined' && Office.addin?.showAsTaskpane) await Office.addin.showAsTaskpane();
  },
};

/** The function the manifest's ExecuteFunction names. */
export async function refreshJacSummary(event: Office.AddinCommands.Event, deps: CommandDeps = officeDeps): Promise<void> {
  try {
    await runRefreshCommand(deps);
  } finally {
    event.completed();
  }
}

/**
 * Ties the manifest's function name to the handler. Called once, at the top level of register.ts, the first script
 * of the shared runtime's page (the function file and the pane are the same page).
 */
export function registerCommands(
  actions: { associate: (name: string, action: (event: Office.AddinCommands.Event) => void) => void } = Office.actions,
): void {
  actions.associate(REFRESH_COMMAND, (event: Office.AddinCommands.Event) => void refreshJacSummary(event));
}
