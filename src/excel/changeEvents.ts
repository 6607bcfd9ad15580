/**
 * User edits, for live checking. One handler on the worksheet collection (ExcelApi 1.9) covers every sheet, including
 * ones added later. Each edit costs one sync: the edited range's new values and its sheet's name together.
 *
 * Only a "RangeEdited" change is an edit whose cells can be patched into what the pane keeps. Rows, columns or cells
 * inserted or deleted (Excel.DataChangeType, ExcelApi 1.7) move everything below or beside them, so they, an unknown
 * change, and an edit whose cells cannot be read, are passed on as "invalidated": the pane forgets what it kept and
 * reads the workbook again. They cost no sync here.
 *
 * The add-in's own writes must not come back as edits, or a refresh would trigger itself: events Excel marks as
 * ours (triggerSource "ThisLocalAddin", ExcelApi 1.14) are dropped, and so are edits to the add-in's own sheets and,
 * where triggerSource is missing, anything that arrives while the add-in is writing.
 */
import type { CellsChange } from '../host/WorkbookHost';
import { parseRangeAddress } from './rangeAddress';

/** Above this many cells an edit (a paste over whole columns, say) is clipped to the sheet's used range. */
const MAX_DIRECT_CELLS = 100000;

export interface ChangeFilter {
  /** The add-in's own sheets (footprint.ts), whose edits are not the user's data. */
  isOwnSheet: (name: string) => boolean;
  /** True while the add-in is writing, for Excel versions without triggerSource. */
  isWriting: () => boolean;
}

/** The fields of Excel.WorksheetChangedEventArgs we use (triggerSource is missing before ExcelApi 1.14). */
export interface ChangeEvent {
  address: string;
  worksheetId: string;
  /** Excel.DataChangeType: "RangeEdited", "RowInserted", "RowDeleted", "ColumnInserted", ... or "Unknown". */
  changeType?: string;
  triggerSource?: string;
}

/** Reads one edit, or returns null when it is the add-in's own or on the add-in's sheet. */
export async function readChange(context: Excel.RequestContext, event: ChangeEvent, filter: ChangeFilter): Promise<CellsChange | null> {
  if (event.triggerSource === 'ThisLocalAddin') return null;
  if (event.triggerSource === undefined && filter.isWriting()) return null;
  // Without a change type (an Excel that does not send one) an event is taken as the edit it almost always is.
  if (event.changeType !== undefined && event.changeType !== 'RangeEdited') return { kind: 'invalidated', why: 'moved' };
  const requested = parseRangeAddress(event.address);
  if (!requested) return { kind: 'invalidated', why: 'unreadable' };

  const sheet = context.workbook.worksheets.getItemOrNullObject(event.worksheetId);
  sheet.load('name');
  const cells = (requested.bottom - requested.top + 1) * (requested.right - requested.left + 1);
  const edited = sheet.getRange(event.address.slice(event.address.lastIndexOf('!') + 1));
  const range = requested.bounded && cells <= MAX_DIRECT_CELLS ? edited : edited.getIntersectionOrNullObject(sheet.getUsedRangeOrNullObject(false));
  range.load('address,values');
  try {
    await context.sync();
  } catch {
    // The sheet went between the edit and the read, or Excel would not say: what the pane keeps may be stale.
    return { kind: 'invalidated', why: 'unreadable' };
  }
  if (sheet.isNullObject || range.isNullObject || filter.isOwnSheet(sheet.name)) return null;
  const rect = parseRangeAddress(range.address);
  if (!rect) return null;
  return {
    sheet: sheet.name,
    top: rect.top,
    left: rect.left,
    bottom: rect.bottom,
    right: rect.right,
    values: range.values.map((row) => row.map((value) => value as string | number | boolean | null)),
  };
}

export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Subscribes `listener` to user edits on every sheet. Returns the registration so the caller can remove it in the same
 * request context it was added in (Office's rule for event handlers).
 */
export async function subscribeToChanges(
  context: Excel.RequestContext,
  run: RunBatch,
  filter: ChangeFilter,
  listener: (change: CellsChange) => void,
  onError: (error: unknown) => void = () => {},
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
  const registration = context.workbook.worksheets.onChanged.add(async (event) => {
    try {
      const change = await run((readContext) => readChange(readContext, event, filter));
      if (change) listener(change);
    } catch (error) {
      // The edit was lost: the pane must not go on from cells that no longer match the workbook.
      listener({ kind: 'invalidated', why: 'unreadable' });
      onError(error);
    }
  });
  await context.sync();
  return registration;
}
