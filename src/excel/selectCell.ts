/** Bringing a finding's cell, or the summary, in front of the user. */
import { parseCellAddress } from '../core/address';
import { HostError } from '../host/WorkbookHost';

/** Selects `address` (A1 with sheet, as findings carry it) and brings its sheet to the front, in one sync. */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const cell = parseCellAddress(address);
  if (!cell || cell.sheet === '') {
    throw new HostError('table-not-found', `“${address}” is not a cell on a named sheet, so it cannot be selected.`);
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
