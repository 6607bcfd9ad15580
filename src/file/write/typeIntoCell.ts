/**
 * What typing into a cell does to the package: the cell's value replaced in its sheet's XML, and, for a date typed
 * into a cell without a date format, a copy of the cell's style with dd/mm/yyyy added to styles.xml, as Excel does.
 */
import { quoteSheetName } from '../../core/address';
import { DAYS_1904 } from '../../core/serials';
import type { SheetContent } from '../ooxml/readSheet';
import { isType, REL } from '../ooxml/relationships';
import type { SheetEntry } from '../ooxml/workbookPart';
import type { WorkbookFile } from '../ooxml/WorkbookFile';
import type { TypedValue } from '../typedInput';
import { topLevel } from '../xml/topLevel';
import { cellXml, setCell } from './cellEdit';
import { StyleSheetEditor } from './StyleSheetEditor';

/** Excel's refusal, or null when a person may type into the cell. */
export function editRefusal(sheet: string, content: SheetContent, row: number, column: number): string | null {
  if (content.protected)
    return `The sheet ${quoteSheetName(sheet)} is protected. Unprotect it in Excel (Review > Unprotect Sheet) to change its cells.`;
  const guarded = content.formulaGuards.some((g) => row >= g.top && row <= g.bottom && column >= g.left && column <= g.right);
  if (guarded) return 'This cell holds a formula that other cells share. Change it in Excel, which can rewrite the cells that depend on it.';
  return null;
}

export function typeIntoCell(
  file: WorkbookFile,
  sheet: SheetEntry,
  row: number,
  column: number,
  typed: TypedValue,
  isDateFormat: (format: string) => boolean,
): void {
  if (!sheet.part) throw new Error(`The sheet ${sheet.name} has no part.`);
  const content = file.content(sheet);
  let style = content.rows[row]?.styles[column] ?? 0;
  if (typed.numberFormat && !isDateFormat(file.styles.numberFormat(style))) style = withNumberFormat(file, style, typed.numberFormat);
  // A typed date is a 1900-system serial; a 1904-system workbook stores it 1,462 days lower.
  const value = typed.numberFormat && typeof typed.value === 'number' && file.workbook.date1904 ? typed.value - DAYS_1904 : typed.value;
  const xml = file.pkg.text(sheet.part);
  file.pkg.set(sheet.part, setCell(xml, row, column, cellXml(topLevel(xml).prefix, row, column, value, style)));
  file.changed([sheet.part]);
}

/** A copy of cell format `style` with the number format `code`, added to styles.xml; its index. */
function withNumberFormat(file: WorkbookFile, style: number, code: string): number {
  const part = file.workbook.relationships.find((r) => isType(r, REL.styles) && r.part && file.pkg.has(r.part))?.part;
  if (!part) return 0;
  const styles = new StyleSheetEditor(file.pkg.text(part));
  const existing = styles.existingCellFormat(style) ?? styles.existingCellFormat(0);
  if (!existing) return 0;
  const id = styles.numberFormat(code);
  const withFormat = existing
    .replace(/\snumFmtId="\d+"/, '')
    .replace(/\sapplyNumberFormat="[^"]*"/, '')
    .replace(/^<([\w:]+)/, `<$1 numFmtId="${id}" applyNumberFormat="1"`);
  const index = styles.cellFormat(withFormat);
  if (styles.changed) {
    file.pkg.set(part, styles.toXml());
    file.changed([]);
  }
  return index;
}
