/**
 * The summary's print area and print titles, which a workbook keeps as built-in defined names local to the sheet
 * (`_xlnm.Print_Area` and `_xlnm.Print_Titles` with `localSheetId` = the sheet's 0-based position in the tab
 * order). Only those two names local to the summary sheet are the add-in's: they are replaced on each refresh, and
 * every other defined name (the user's, and the built-in names of other sheets) is left exactly as written.
 *
 * Written after the sheets are placed (a new summary, the data sheet, a legacy sheet retired), so the position is
 * the summary's final one.
 */
import { quoteSheetName } from '../../core/address';
import { rangeReference } from '../../core/rangeReference';
import type { LayoutPrint } from '../../core/types';
import type { Package } from '../ooxml/Package';
import type { WorkbookPart } from '../ooxml/workbookPart';
import { escapeXml } from '../xml/entities';
import { insertionPoint, splice, topLevel } from '../xml/topLevel';
import { Tok, XmlReader } from '../xml/XmlReader';
import { WORKBOOK_ORDER } from './worksheetOrder';

export const PRINT_AREA = '_xlnm.Print_Area';
export const PRINT_TITLES = '_xlnm.Print_Titles';
const OWNED = [PRINT_AREA, PRINT_TITLES].map((name) => name.toLowerCase());

/**
 * Sets the print names of the sheet at `sheetIndex` (named `sheetName`) from `print`, or removes them when there is
 * no print setup.
 */
export function setPrintNames(pkg: Package, workbook: WorkbookPart, sheetIndex: number, sheetName: string, print: LayoutPrint | undefined): void {
  const text = pkg.text(workbook.part);
  const q = (local: string) => (workbook.prefix ? `${workbook.prefix}:${local}` : local);
  const names = print
    ? [
        [PRINT_AREA, rangeReference(sheetName, print.area)],
        [PRINT_TITLES, `${quoteSheetName(sheetName)}!$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`],
      ]
    : [];
  const added = names
    .map(([name, formula]) => `<${q('definedName')} name="${name}" localSheetId="${sheetIndex}">${escapeXml(formula)}</${q('definedName')}>`)
    .join('');

  const top = topLevel(text);
  const list = top.children.find((child) => child.local === 'definedNames');
  if (!list) {
    if (added === '') return;
    const at = insertionPoint(top, WORKBOOK_ORDER, 'definedNames');
    pkg.set(workbook.part, splice(text, [{ start: at, end: at, text: `<${q('definedNames')}>${added}</${q('definedNames')}>` }]));
    return;
  }

  const edits: { start: number; end: number; text: string }[] = [];
  let kept = 0;
  let closeStart = list.end;
  const reader = new XmlReader(text, list.start);
  reader.next();
  const selfClosed = reader.selfClosing;
  while (!selfClosed && reader.next() !== Tok.End) {
    if (reader.kind === Tok.Close && reader.local === 'definedNames') {
      closeStart = reader.start;
      break;
    }
    if (reader.kind !== Tok.Open || reader.local !== 'definedName') continue;
    const start = reader.start;
    const name = (reader.attr('name') ?? '').toLowerCase();
    const local = reader.attr('localSheetId');
    const end = reader.selfClosing ? reader.end : reader.skip();
    if (OWNED.includes(name) && local !== undefined && Number(local) === sheetIndex) edits.push({ start, end, text: '' });
    else kept++;
  }
  if (edits.length === 0 && added === '') return;
  if (kept === 0 && added === '') edits.splice(0, edits.length, { start: list.start, end: list.end, text: '' });
  else if (selfClosed) edits.push({ start: list.start, end: list.end, text: `<${q('definedNames')}>${added}</${q('definedNames')}>` });
  else edits.push({ start: closeStart, end: closeStart, text: added });
  pkg.set(workbook.part, splice(text, edits));
}
