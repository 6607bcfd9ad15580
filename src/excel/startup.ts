/**
 * Live validation keeps working with the pane closed only if the add-in's runtime is running. Office can start it
 * with the document (SharedRuntime 1.1): the pane turns that on when the user turns live checking on, and off again.
 */
export async function setLoadWithDocument(enabled: boolean): Promise<boolean> {
  if (typeof Office === 'undefined' || !Office.addin?.setStartupBehavior) return false;
  await Office.addin.setStartupBehavior(enabled ? Office.StartupBehavior.load : Office.StartupBehavior.none);
  return true;
}
