/** Bringing a finding's cell, or the summary, in front of the user. */
import { hostErrors } from '../host/hostMessages';
import { officeCode } from './officeErrors';
import { parseRangeAddress } from './rangeAddress';

/**
 * Selects `address` (a cell as findings carry it, or a range such as `'JAC Summary'!A1:E50`) and brings its sheet
 * to the front, in one sync.
 */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const cell = parseRangeAddress(address);
  if (!cell || cell.sheet === '' || !cell.bounded) throw hostErrors.notACell(address);
  const sheet = context.workbook.worksheets.getItem(cell.sheet);
  sheet.activate();
  sheet.getRange(address.slice(address.lastIndexOf('!') + 1)).select();
  try {
    await context.sync();
  } catch (error) {
    // The only item this batch looks up is the sheet: it was renamed or deleted since the findings were made.
    if (officeCode(error) === 'ItemNotFound') throw hostErrors.sheetNotFound(cell.sheet);
    throw error;
  }
}

/** Brings the summary sheet to the front with its title selected; says what to do when there is none yet. */
export async function showSummary(context: Excel.RequestContext, summarySheet: string): Promise<void> {
  // Excel finds a sheet by name without regard to case, as it compares sheet names.
  const sheet = context.workbook.worksheets.getItemOrNullObject(summarySheet);
  await context.sync();
  if (sheet.isNullObject) throw hostErrors.summaryNotFound(summarySheet);
  sheet.activate();
  sheet.getRange('A1').select();
  await context.sync();
}
