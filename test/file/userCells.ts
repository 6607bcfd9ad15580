import type ExcelJS from 'exceljs';

/**
 * Every cell of the user's sheets as ExcelJS sees it: address -> value and style. Two snapshots are equal exactly
 * when no user value or style changed. The add-in's own sheets are left out.
 */
export function userCellSnapshot(workbook: ExcelJS.Workbook, ownSheets: string[] = ['JAC Summary', 'JAC Settings']): Map<string, string> {
  const snapshot = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    if (ownSheets.includes(sheet.name)) continue;
    snapshot.set(`${sheet.name}!columns`, JSON.stringify(sheet.columns?.map((c) => [c.width, c.hidden]) ?? []));
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      snapshot.set(`${sheet.name}!row${r}`, JSON.stringify([row.height, row.hidden]));
      row.eachCell({ includeEmpty: true }, (cell) => {
        snapshot.set(`${sheet.name}!${cell.address}`, JSON.stringify({ type: cell.type, value: cell.value, style: cell.style }));
      });
    });
  }
  return snapshot;
}
