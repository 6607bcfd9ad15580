/**
 * Adding, replacing and removing the add-in's own sheets in a workbook package: the sheet's part, its entry in
 * workbook.xml, its relationship from the workbook and its content type. The user's sheets keep their parts, their
 * ids and their places in the tab order; indexes that count sheets (a defined name local to a sheet, the active
 * tab) are moved along when a sheet before them goes.
 */
import { CONTENT_TYPE, removeOverrides, setOverride } from '../ooxml/contentTypes';
import type { Package } from '../ooxml/Package';
import { removeDependants } from '../ooxml/dependants';
import { freePartName, relativeTarget } from '../ooxml/partNames';
import { addRelationship, removeRelationships } from '../ooxml/relationships';
import type { SheetEntry, SheetState, WorkbookPart } from '../ooxml/workbookPart';
import { escapeXml } from '../xml/entities';
import { splice } from '../xml/topLevel';
import { Tok, XmlReader } from '../xml/XmlReader';

const WORKSHEET_REL = '/worksheet';

/**
 * Adds a sheet after the last one and returns its part name: `part` when the caller chose it first (to relate
 * other parts to the sheet before its XML is written), else the first free `xl/worksheets/sheetN.xml`.
 */
export function addSheet(pkg: Package, workbook: WorkbookPart, name: string, state: SheetState, xml: string, part = freeSheetPart(pkg)): string {
  pkg.set(part, xml);
  setOverride(pkg, part, CONTENT_TYPE.worksheet);
  const relType = `${workbook.relNamespace}${WORKSHEET_REL}`;
  const relId = addRelationship(pkg, workbook.part, relType, relativeTarget(workbook.part, part));
  const q = (local: string) => (workbook.prefix ? `${workbook.prefix}:${local}` : local);
  const idAttribute = workbook.relPrefix ? `${workbook.relPrefix}:id` : `xmlns:r="${workbook.relNamespace}" r:id`;
  const sheetId = Math.max(0, ...workbook.sheets.map((sheet) => sheet.sheetId)) + 1;
  const element = `<${q('sheet')} name="${escapeXml(name)}" sheetId="${sheetId}"${state === 'visible' ? '' : ` state="${state}"`} ${idAttribute}="${relId}"/>`;
  const text = pkg.text(workbook.part);
  const last = workbook.sheets[workbook.sheets.length - 1];
  pkg.set(workbook.part, text.slice(0, last.end) + element + text.slice(last.end));
  return part;
}

/**
 * Gives one of the add-in's sheets (the data sheet) new content: its part is replaced, and whatever hung from the
 * old one (its relationships and the parts nothing else uses) goes with it. The summary keeps the user's own
 * drawings and comments instead (keepUserDrawings.ts).
 */
export function replaceSheet(pkg: Package, sheet: SheetEntry, xml: string): void {
  if (!sheet.part) return;
  removeDependants(pkg, sheet.part);
  pkg.set(sheet.part, xml);
}

/** The part name a new sheet would get. */
export function freeSheetPart(pkg: Package): string {
  return freePartName(pkg, 'xl/worksheets/sheet', '.xml');
}

/** Sets a sheet's visibility in workbook.xml. */
export function setSheetState(pkg: Package, workbook: WorkbookPart, sheet: SheetEntry, state: SheetState): void {
  if (sheet.state === state) return;
  const text = pkg.text(workbook.part);
  let element = text.slice(sheet.start, sheet.end).replace(/\sstate="[^"]*"/, '');
  if (state !== 'visible') element = element.replace(/^(<[\w:]+)/, `$1 state="${state}"`);
  pkg.set(workbook.part, text.slice(0, sheet.start) + element + text.slice(sheet.end));
}

/** Removes a sheet of the add-in's (the legacy settings sheet): entry, relationship, content type, parts. */
export function removeSheet(pkg: Package, workbook: WorkbookPart, sheet: SheetEntry): void {
  const index = workbook.sheets.indexOf(sheet);
  let text = pkg.text(workbook.part);
  const edits = [{ start: sheet.start, end: sheet.end, text: '' }, ...shiftSheetIndexes(text, index)];
  text = splice(text, edits);
  pkg.set(workbook.part, text);
  removeRelationships(pkg, workbook.part, [sheet.relId]);
  if (sheet.part) {
    removeDependants(pkg, sheet.part);
    pkg.remove(sheet.part);
    removeOverrides(pkg, [sheet.part]);
  }
}

/** Defined names local to sheet `removed` go; later sheets' indexes (names, active and first tab) move down by one. */
function shiftSheetIndexes(text: string, removed: number): { start: number; end: number; text: string }[] {
  const edits: { start: number; end: number; text: string }[] = [];
  const reader = new XmlReader(text);
  while (reader.next() !== Tok.End) {
    if (reader.kind !== Tok.Open) continue;
    if (reader.local === 'definedName') {
      const local = reader.attr('localSheetId');
      const start = reader.start;
      const tagEnd = reader.end;
      const end = reader.selfClosing ? reader.end : reader.skip();
      if (local === undefined) continue;
      const index = Number(local);
      if (index === removed) edits.push({ start, end, text: '' });
      else if (index > removed)
        edits.push({ start, end: tagEnd, text: text.slice(start, tagEnd).replace(/localSheetId="\d+"/, `localSheetId="${index - 1}"`) });
    } else if (reader.local === 'workbookView') {
      let tag = text.slice(reader.start, reader.end);
      for (const name of ['activeTab', 'firstSheet']) {
        const value = reader.attr(name);
        if (value !== undefined && Number(value) >= removed && Number(value) > 0)
          tag = tag.replace(new RegExp(`${name}="\\d+"`), `${name}="${Number(value) - 1}"`);
      }
      edits.push({ start: reader.start, end: reader.end, text: tag });
    }
  }
  return edits;
}
