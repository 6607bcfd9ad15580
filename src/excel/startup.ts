/**
 * Live validation keeps working with the pane closed only if the add-in's runtime is running. Office can start it
 * with the document (SharedRuntime 1.1): ExcelHost.saveSettings turns that on when the user saves "Check the data as
 * I edit" on, and off again when they save it off. Like any change to the workbook it lasts once the workbook is saved.
 */
export type SetLoadWithDocument = (enabled: boolean) => Promise<boolean>;

/** Resolves false when this Office has no Office.addin.setStartupBehavior; rejects if Office refuses the change. */
export const setLoadWithDocument: SetLoadWithDocument = async (enabled) => {
  if (typeof Office === 'undefined' || !Office.addin?.setStartupBehavior) return false;
  await Office.addin.setStartupBehavior(enabled ? Office.StartupBehavior.load : Office.StartupBehavior.none);
  return true;
};
