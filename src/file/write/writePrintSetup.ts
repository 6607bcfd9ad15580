/**
 * The summary sheet's print setup as worksheet sections (core's LayoutPrint): fitted to one page wide and as many
 * tall as it takes (`sheetPr/pageSetUpPr fitToPage` switches the fit on; `fitToHeight="0"` leaves the height
 * free), A4 (`paperSize="9"`) in the layout's orientation, Excel's Normal margins, and a manual break above each
 * row the layout starts a page with. The print area and title rows are workbook defined names (printNames.ts).
 */
import type { LayoutPrint } from '../../core/types';
import type { WorksheetSections } from './worksheetXml';

/** OOXML's paper size codes (ECMA-376 Part 1, 18.3.1.63 pageSetup). */
const PAPER_SIZE: Record<LayoutPrint['paper'], number> = { A4: 9 };
/** A row break runs across every column: the last column's 0-based index. */
const LAST_COLUMN = 16383;

export function printSections(print: LayoutPrint): WorksheetSections {
  const { margins, breaks } = print;
  const brks = breaks.map((row) => `<brk id="${row}" max="${LAST_COLUMN}" man="1"/>`).join('');
  return {
    sheetPr: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    pageMargins: `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>`,
    pageSetup: `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}" fitToWidth="${print.fitToPagesWide}" fitToHeight="${print.fitToPagesTall}"/>`,
    // A break's id is the 0-based row it comes above (Excel writes id="32" for a break above row 33), as the layout's are.
    ...(breaks.length > 0 ? { rowBreaks: `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brks}</rowBreaks>` } : {}),
  };
}
