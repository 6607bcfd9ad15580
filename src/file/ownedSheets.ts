/**
 * The sheets the add-in owns. Everything else in a workbook belongs to the user and is only ever read, apart from
 * the add-in's own conditional formats and data-validation rules on the user's tables.
 */

import { SUMMARY_SHEET_NAME } from '../core/footprint';

/** The summary sheet's name, as core's layoutSummary gives it. */
export { SUMMARY_SHEET_NAME };

/**
 * A very hidden sheet holding the saved settings and a record of the rules the add-in added, as JSON. Very hidden
 * (not just hidden) so that Excel's "Unhide" list does not offer it to people who would edit it by hand.
 */
export const SETTINGS_SHEET_NAME = 'JAC Settings';

/** True for the sheets the add-in writes, which are never read back as the user's data. */
export function isOwnedSheet(name: string, summarySheetName: string = SUMMARY_SHEET_NAME): boolean {
  return name === summarySheetName || name === SUMMARY_SHEET_NAME || name === SETTINGS_SHEET_NAME;
}
