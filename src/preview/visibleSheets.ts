import type { WorkbookFile } from '../file/ooxml/WorkbookFile';

/** Sheets Excel shows as tabs: hidden and very hidden ones (such as the add-in's data sheet) are not. */
export function visibleSheetNames(file: WorkbookFile): string[] {
  return file.sheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name);
}
