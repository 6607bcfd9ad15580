/**
 * A sheet's used range as the core reads it (SheetCells): the rectangle around the cells that hold a value, with
 * "" for blanks and "General" for their format, and the cells of a merged area other than its top-left as "", as
 * Office.js returns them. (Excel's own used range also counts cells that are only formatted; those would only add
 * blank rows and columns.)
 */
import type { CellValue, ExcelTableInfo, SheetCells } from '../../core/types';
import type { SheetContent } from './readSheet';
import type { StyleTable } from './styles';

export function sheetCells(name: string, content: SheetContent, styles: StyleTable, tables: ExcelTableInfo[]): SheetCells {
  const covered = coveredCells(content);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  content.rows.forEach((row, r) => {
    if (!row) return;
    row.values.forEach((value, c) => {
      if (value === '' || value === null || covered?.has(r * 16384 + c)) return;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const uncalculated = content.uncalculated.length > 0 ? { uncalculated: content.uncalculated } : {};
  if (bottom < 0) {
    // Office.js reports an empty sheet's used range as A1 holding "".
    return { name, originRow: 0, originColumn: 0, values: [['']], numberFormats: [['General']], tables, ...uncalculated };
  }
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formats = new Map<number, string>();
  const format = (style: number | undefined) => {
    const index = style ?? 0;
    let code = formats.get(index);
    if (code === undefined) {
      code = styles.numberFormat(index);
      formats.set(index, code);
    }
    return code;
  };
  for (let r = top; r <= bottom; r++) {
    const row = content.rows[r];
    const rowValues = new Array<CellValue>(width);
    const rowFormats = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const value = row?.values[left + c];
      if (value === undefined || value === null || value === '' || covered?.has(r * 16384 + left + c)) {
        // Blank cells read as General, whatever their format: the engine only asks the format of a value.
        rowValues[c] = '';
        rowFormats[c] = 'General';
      } else {
        rowValues[c] = value;
        rowFormats[c] = format(row!.styles[left + c]);
      }
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  return { name, originRow: top, originColumn: left, values, numberFormats, tables, ...uncalculated };
}

/** Cells of merged areas other than their top-left, as row * 16384 + column; null when nothing is merged. */
function coveredCells(content: SheetContent): Set<number> | null {
  if (content.merges.length === 0) return null;
  const covered = new Set<number>();
  for (const area of content.merges) {
    // A merge over whole columns would be millions of cells: only cells that can hold values matter.
    const bottom = Math.min(area.bottom, content.rows.length - 1);
    for (let r = area.top; r <= bottom; r++) {
      for (let c = area.left; c <= area.right && c < 16384; c++) if (r !== area.top || c !== area.left) covered.add(r * 16384 + c);
    }
  }
  return covered;
}
