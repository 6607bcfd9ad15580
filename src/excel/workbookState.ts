/**
 * What the Office.js shell's write needs to know about the workbook besides its cells: the sheets, the one in front,
 * protection and the stored record with where it lives. Read in the same two syncs as the cells
 * (readWorkbookCells.ts) and handed to the writers, which need not ask Excel again unless it refuses a batch.
 */
import type { RecordPlace, StoredRecord } from './dataSheetStore';

/** A sheet as the write needs to know it. */
export interface SheetInfo {
  name: string;
  position: number;
  /** Protected sheets are never written: the summary's is refused, a tracked sheet's rules are skipped. */
  protected: boolean;
}

/** What the write needs to know about the workbook, read in the same syncs as the cells. */
export interface WorkbookState {
  sheets: SheetInfo[];
  /** The sheet in front when the workbook was read. */
  activeSheet: string | null;
  workbookProtected: boolean;
  record: StoredRecord;
  place: RecordPlace;
}
