/**
 * The workbook part (xl/workbook.xml, wherever the package's root relationship puts it): its sheets in tab order,
 * the date system, and the namespace prefixes its XML uses, which the writer follows when it adds a sheet.
 */
import { HostError } from '../../host/WorkbookHost';
import { Tok, XmlReader } from '../xml/XmlReader';
import { contentTypeOf } from './contentTypes';
import type { Package } from './Package';
import { isType, readRelationships, REL, type Relationship } from './relationships';
import { DAMAGED } from './openPackage';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet';
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: SheetState;
  relId: string;
  /** The sheet's part, or null when its relationship is missing. */
  part: string | null;
  kind: SheetKind;
  /** Offsets of its <sheet> element in workbook.xml. */
  start: number;
  end: number;
}

export interface WorkbookPart {
  part: string;
  /** The workbook's content type says it holds macros (.xlsm, .xltm, .xlam). */
  macroEnabled: boolean;
  /** A template (.xltx, .xltm). */
  template: boolean;
  date1904: boolean;
  sheets: SheetEntry[];
  relationships: Relationship[];
  /** The SpreadsheetML namespace (transitional, or strict when the file was saved as Strict Open XML). */
  mainNamespace: string;
  /** The prefix of SpreadsheetML elements ("" when it is the default namespace, "x" for <x:workbook>). */
  prefix: string;
  /** The prefix bound to the relationships namespace on the root element, or null when there is none. */
  relPrefix: string | null;
  relNamespace: string;
}

export function readWorkbookPart(pkg: Package): WorkbookPart {
  const office = readRelationships(pkg, '').find((r) => isType(r, REL.officeDocument) && r.part && pkg.has(r.part));
  const part = office?.part ?? pkg.find('xl/workbook.xml');
  if (!part) throw new HostError('unreadable-file', DAMAGED);
  const type = contentTypeOf(pkg, part);
  if (type !== '' && !type.includes('spreadsheetml') && !type.includes('ms-excel')) {
    // A Word or PowerPoint file is a zip too.
    throw new HostError('unreadable-file', 'This file is not an Excel workbook (.xlsx): it is another kind of Office document.');
  }
  const relationships = readRelationships(pkg, part);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const reader = new XmlReader(pkg.text(part));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let mainNamespace = '';
  let prefix = '';
  let relPrefix: string | null = null;
  let relNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  while (reader.next() !== Tok.End) {
    if (reader.kind !== Tok.Open) continue;
    const local = reader.local;
    if (local === 'workbook') {
      prefix = reader.name.includes(':') ? reader.name.slice(0, reader.name.indexOf(':')) : '';
      for (const [key, value] of reader.attrs()) {
        if (key === (prefix ? `xmlns:${prefix}` : 'xmlns')) mainNamespace = value;
        if (key.startsWith('xmlns:') && value.endsWith('/relationships') && !value.includes('/package/')) {
          relPrefix = key.slice(6);
          relNamespace = value;
        }
      }
    } else if (local === 'workbookPr') {
      const value = reader.attr('date1904');
      date1904 = value === '1' || value === 'true';
    } else if (local === 'sheet') {
      const relId = relationshipAttribute(reader);
      const relationship = byId.get(relId);
      const state = reader.attr('state');
      sheets.push({
        name: reader.attr('name') ?? '',
        sheetId: Number(reader.attr('sheetId') ?? 0),
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        relId,
        part: relationship?.part && pkg.has(relationship.part) ? relationship.part : null,
        kind: sheetKind(relationship),
        start: reader.start,
        end: reader.selfClosing ? reader.end : reader.skip(),
      });
    } else if (local === 'sheetData') {
      break;
    }
  }
  if (!mainNamespace) mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return {
    part,
    macroEnabled: /macroenabled/i.test(type),
    template: /template/i.test(type),
    date1904,
    sheets,
    relationships,
    mainNamespace,
    prefix,
    relPrefix,
    relNamespace,
  };
}

/** The sheet's r:id, whatever prefix the file gives the relationships namespace. */
function relationshipAttribute(reader: XmlReader): string {
  for (const [key, value] of reader.attrs()) if (key.endsWith(':id') || key === 'id') return value;
  return '';
}

function sheetKind(relationship: Relationship | undefined): SheetKind {
  if (!relationship) return 'worksheet';
  if (isType(relationship, REL.chartsheet)) return 'chartsheet';
  if (isType(relationship, REL.dialogsheet)) return 'dialogsheet';
  if (isType(relationship, REL.macrosheet)) return 'macrosheet';
  return 'worksheet';
}
