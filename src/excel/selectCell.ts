/** Bringing a finding's cell, or the summary, in front of the user. */
import { HostError } from '../host/WorkbookHost';
import { parseRangeAddress } from './rangeAddress';

/**
 * Selects `address` (a cell as findings carry it, or a range such as `'JAC Summary'!A1:E50`) and brings its sheet
 * to the front, in one sync.
 */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const cell = parseRangeAddress(address);
  if (!cell || cell.sheet === '' || !cell.bounded) {
    throw new HostError('table-not-found', `“${address}” is not a cell or range on a named sheet, so it cannot be selected.`);
  }
  const sheet = context.workbook.worksheets.getItem(cell.sheet);
  sheet.activate();
  sheet.getRange(address.slice(address.lastIndexOf('!') + 1)).select();
  await context.sync();
}

/** Brings the summary sheet to the front with its title selected; says what to do when there is none yet. */
export async function showSummary(context: Excel.RequestContext, summarySheet: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(summarySheet);
  await context.sync();
  if (sheet.isNullObject) {
    throw new HostError('table-not-found', `There is no “${summarySheet}” sheet yet. Select Refresh JAC summary to create it.`);
  }
  sheet.activate();
  sheet.getRange('A1').select();
  await context.sync();
}
