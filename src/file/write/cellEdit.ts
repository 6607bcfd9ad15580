/**
 * One cell of a user's sheet changed as a person typing into it changes it in Excel: the cell's element in the
 * sheet XML replaced (or added, in its row, or in a new row, in order), everything else in the part left as it was.
 * A formula in the cell goes, as it does when someone types over it; its style stays.
 */
import { columnLetter } from '../../core/address';
import { columnOfRef } from '../ooxml/cellRef';
import { Tok, XmlReader } from '../xml/XmlReader';
import { topLevel } from '../xml/topLevel';
import { textElement } from './worksheetXml';

export type TypedCellValue = string | number | boolean | null;

/** The cell's XML for a value and a style index; null for a cell with neither (it is then left out). */
export function cellXml(prefix: string, row: number, column: number, value: TypedCellValue, style: number): string | null {
  const c = prefix ? `${prefix}:c` : 'c';
  const ref = `${columnLetter(column)}${row + 1}`;
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null || value === '') return style > 0 ? `<${c} r="${ref}"${s}/>` : null;
  const v = prefix ? `${prefix}:v` : 'v';
  if (typeof value === 'number') return `<${c} r="${ref}"${s}><${v}>${value}</${v}></${c}>`;
  if (typeof value === 'boolean') return `<${c} r="${ref}"${s} t="b"><${v}>${value ? 1 : 0}</${v}></${c}>`;
  const is = prefix ? `${prefix}:is` : 'is';
  const t = textElement(value)
    .replace(/^<t/, prefix ? `<${prefix}:t` : '<t')
    .replace(/<\/t>$/, prefix ? `</${prefix}:t>` : '</t>');
  return `<${c} r="${ref}"${s} t="inlineStr"><${is}>${t}</${is}></${c}>`;
}

/** The sheet XML with the cell at 0-based (row, column) replaced by `cell` (null removes it). */
export function setCell(xml: string, row: number, column: number, cell: string | null): string {
  const top = topLevel(xml);
  const data = top.children.find((child) => child.local === 'sheetData');
  const q = (local: string) => (top.prefix ? `${top.prefix}:${local}` : local);
  const newRow = () => `<${q('row')} r="${row + 1}">${cell}</${q('row')}>`;
  if (!data) {
    if (cell === null) return xml;
    // A sheet part always has sheet data; if not, it goes after whatever comes before it in the schema.
    throw new Error('The sheet has no sheet data.');
  }
  const reader = new XmlReader(xml, data.start);
  reader.next();
  if (reader.selfClosing) {
    return cell === null ? xml : `${xml.slice(0, data.start)}<${q('sheetData')}>${newRow()}</${q('sheetData')}>${xml.slice(data.end)}`;
  }
  let r = -1;
  for (;;) {
    const kind = reader.next();
    if (kind === Tok.End) throw new Error('The sheet data is not closed.');
    if (kind === Tok.Close) {
      // End of the sheet data: the row goes last.
      return cell === null ? xml : xml.slice(0, reader.start) + newRow() + xml.slice(reader.start);
    }
    if (kind !== Tok.Open || reader.local !== 'row') continue;
    const rowStart = reader.start;
    const number = reader.attr('r');
    r = number === undefined ? r + 1 : Number(number) - 1;
    if (r > row) return cell === null ? xml : xml.slice(0, rowStart) + newRow() + xml.slice(rowStart);
    if (r < row) {
      if (!reader.selfClosing) {
        reader.seek(xml.indexOf(`</${reader.name}`, reader.end));
        reader.next();
      }
      continue;
    }
    if (reader.selfClosing) {
      if (cell === null) return xml;
      const open = xml.slice(rowStart, reader.end).replace(/\s*\/>$/, '>');
      return `${xml.slice(0, rowStart)}${open}${cell}</${reader.name}>${xml.slice(reader.end)}`;
    }
    return setCellInRow(xml, reader, column, cell);
  }
}

/** Within the open row element at the reader, replace or insert the cell at `column`. */
function setCellInRow(xml: string, reader: XmlReader, column: number, cell: string | null): string {
  let c = -1;
  for (;;) {
    const kind = reader.next();
    if (kind === Tok.End) throw new Error('A row is not closed.');
    if (kind === Tok.Close) return cell === null ? xml : xml.slice(0, reader.start) + cell + xml.slice(reader.start);
    if (kind !== Tok.Open) continue;
    const start = reader.start;
    if (reader.local !== 'c') {
      reader.skip();
      continue;
    }
    const ref = reader.attr('r');
    c = ref === undefined ? c + 1 : columnOfRef(ref);
    const end = reader.selfClosing ? reader.end : reader.skip();
    if (c === column) return xml.slice(0, start) + (cell ?? '') + xml.slice(end);
    if (c > column) return cell === null ? xml : xml.slice(0, start) + cell + xml.slice(start);
  }
}
