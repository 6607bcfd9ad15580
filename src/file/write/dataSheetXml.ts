/**
 * The very hidden data sheet's part: the stored record as core's dataSheetRows lays it out (the entries in A:B, the
 * papers in D:E), every cell an inline string (text, never a formula), the text columns wide enough to read if
 * someone does unhide it. The file is written whole, so the papers go in their first area every time.
 */
import { columnLetter } from '../../core/address';
import { dataSheetRows, type StoredData } from '../../core/dataSheet';
import { textElement, worksheetXml, type Namespaces } from './worksheetXml';

export function dataSheetXml(stored: StoredData, ns: Namespaces): string {
  const rows = dataSheetRows(stored)
    .map((cells, r) => {
      const xml = cells
        .map((text, c) => (text === '' ? '' : `<c r="${columnLetter(c)}${r + 1}" t="inlineStr"><is>${textElement(text)}</is></c>`))
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return worksheetXml(
    {
      sheetViews: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
      sheetFormatPr: '<sheetFormatPr defaultRowHeight="15"/>',
      cols:
        '<cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="2" width="100" customWidth="1"/>' +
        '<col min="4" max="4" width="16" customWidth="1"/><col min="5" max="5" width="100" customWidth="1"/></cols>',
      sheetData: `<sheetData>${rows}</sheetData>`,
      pageMargins: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    },
    ns,
  );
}
