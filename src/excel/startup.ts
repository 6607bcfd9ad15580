/**
 * Whether the add-in starts when this workbook opens (Office.addin.getStartupBehavior / setStartupBehavior,
 * SharedRuntime 1.1). Starting with the workbook keeps live checking going with the pane closed, but everyone who
 * opens the file without the add-in then gets an error (office-js issue 3558), and Excel on the web shows the Get
 * Started callout on every reload (issue 6451). So it is the user's explicit choice, made in Settings, and nothing
 * else here ever changes it. Like any change to the workbook it lasts once the workbook is saved.
 */
import type { StartupState } from '../host/WorkbookHost';

export interface StartupControl {
  /** "unknown" where this Office cannot say (getStartupBehavior is not implemented everywhere: office-js issue 1407). */
  get(): Promise<StartupState>;
  /** Rejects if Office refuses; resolves false where this Office has no setStartupBehavior. */
  set(startWithWorkbook: boolean): Promise<boolean>;
}

export const officeStartup: StartupControl = {
  async get() {
    if (typeof Office === 'undefined' || !Office.addin?.getStartupBehavior) return 'unknown';
    try {
      const behaviour = await Office.addin.getStartupBehavior();
      return behaviour === Office.StartupBehavior.load ? 'with-workbook' : 'on-demand';
    } catch {
      return 'unknown';
    }
  },
  async set(startWithWorkbook) {
    if (typeof Office === 'undefined' || !Office.addin?.setStartupBehavior) return false;
    await Office.addin.setStartupBehavior(startWithWorkbook ? Office.StartupBehavior.load : Office.StartupBehavior.none);
    return true;
  },
};
