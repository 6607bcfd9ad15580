import ExcelJS from 'exceljs';

/**
 * ExcelJS gives every unstyled cell and row its own empty style object, and its writer can only recognise a style it
 * has seen by object: every other one is serialised to XML to find its number. On a 20,000-row tracker that is
 * 80,000 empty styles serialised on each save, about a quarter of the save's time. Sharing one empty style lets the
 * writer serialise it once. The file written is the same: an empty style is style 0 whichever object holds it.
 *
 * Only for a workbook that is saved and then dropped (the command line's --out copy): the shared style is frozen, so
 * a later `cell.numFmt = ...` on one of these cells would throw rather than restyle every cell that shares it.
 */
export function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  const empty: Partial<ExcelJS.Style> = Object.freeze({});
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      // Rows have a style at run time (the format of cells added to them later); ExcelJS's typings leave it out.
      const styled = row as unknown as { style?: Partial<ExcelJS.Style> };
      if (isEmpty(styled.style)) styled.style = empty;
      row.eachCell((cell) => {
        // An unstyled date is the one exception: the writer gives it a date format, chosen by the cell's type.
        if (cell.effectiveType !== ExcelJS.ValueType.Date && isEmpty(cell.style)) cell.style = empty;
      });
    });
  }
}

function isEmpty(style: Partial<ExcelJS.Style> | undefined): boolean {
  if (!style) return false;
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}
