/**
 * Reads a .docx back as a person would see its body: headings and paragraphs with their text, tables with their
 * rows, which rows repeat as headers, which cells are bold, and the table's borders. Unzipped with fflate and read
 * with a SAX parser, so the tests check the document Word will open, not the objects that built it.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface WordParagraph {
  kind: 'paragraph';
  /** The paragraph style's id ("Heading1"), or null for body text. */
  style: string | null;
  text: string;
}

export interface WordRow {
  /** Repeated at the top of each page (w:tblHeader). */
  header: boolean;
  cells: string[];
  /** Parallel to cells: every run with text in the cell is bold. */
  bold: boolean[];
}

export interface WordTable {
  kind: 'table';
  rows: WordRow[];
  /** Each side of the table's borders (top, insideH...) and its line style ("single"). */
  borders: Record<string, string>;
}

export type WordBlock = WordParagraph | WordTable;

/** The block that follows the Heading 2 `heading`: its table, or the paragraph standing in for an empty one. */
export function blockAfter(body: readonly WordBlock[], heading: string): WordBlock | undefined {
  const index = body.findIndex((block) => block.kind === 'paragraph' && block.style === 'Heading2' && block.text === heading);
  return index < 0 ? undefined : body[index + 1];
}

/** The table that follows the Heading 2 `heading`, as rows of cell texts. */
export function tableRowsAfter(body: readonly WordBlock[], heading: string): string[][] {
  const block = blockAfter(body, heading);
  if (block?.kind !== 'table') throw new Error(`No table follows the heading "${heading}".`);
  return block.rows.map((row) => row.cells);
}

export function readWordDocument(bytes: Uint8Array): { body: WordBlock[]; parts: string[] } {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('The package has no word/document.xml.');
  return { body: readBody(strFromU8(xml)), parts: Object.keys(files).sort() };
}

/** The body's paragraphs and tables in order (tables inside tables are not used by the paper). */
function readBody(xml: string): WordBlock[] {
  const body: WordBlock[] = [];
  const parser = new SaxesParser();
  let paragraph: WordParagraph | null = null;
  let table: WordTable | null = null;
  let row: WordRow | null = null;
  let cellText: string | null = null;
  let cellRuns: boolean[] = [];
  let runBold = false;
  let inText = false;
  let inBorders = false;
  const isOn = (value: string | undefined) => value === undefined || !['0', 'false', 'off'].includes(value);

  parser.on('opentag', (tag) => {
    const attr = (name: string) => tag.attributes[name] as string | undefined;
    switch (tag.name) {
      case 'w:tbl':
        table = { kind: 'table', rows: [], borders: {} };
        break;
      case 'w:tblBorders':
        inBorders = true;
        break;
      case 'w:tr':
        row = { header: false, cells: [], bold: [] };
        break;
      case 'w:tblHeader':
        if (row && isOn(attr('w:val'))) row.header = true;
        break;
      case 'w:tc':
        cellText = '';
        cellRuns = [];
        break;
      case 'w:p':
        if (cellText !== null) {
          if (cellText !== '') cellText += '\n';
        } else {
          paragraph = { kind: 'paragraph', style: null, text: '' };
        }
        break;
      case 'w:pStyle':
        if (paragraph) paragraph.style = attr('w:val') ?? null;
        break;
      case 'w:r':
        runBold = false;
        break;
      case 'w:b':
        runBold = isOn(attr('w:val'));
        break;
      case 'w:br':
        if (cellText !== null) cellText += '\n';
        else if (paragraph) paragraph.text += '\n';
        break;
      case 'w:t':
        inText = true;
        break;
      default:
        if (inBorders && table && tag.name.startsWith('w:')) table.borders[tag.name.slice(2)] = attr('w:val') ?? '';
    }
  });
  parser.on('text', (text) => {
    if (!inText) return;
    if (cellText !== null) {
      cellText += text;
      if (text !== '') cellRuns.push(runBold);
    } else if (paragraph) {
      paragraph.text += text;
    }
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:tblBorders':
        inBorders = false;
        break;
      case 'w:tc':
        row?.cells.push(cellText ?? '');
        row?.bold.push(cellRuns.length > 0 && cellRuns.every(Boolean));
        cellText = null;
        break;
      case 'w:tr':
        if (table && row) table.rows.push(row);
        row = null;
        break;
      case 'w:tbl':
        if (table) body.push(table);
        table = null;
        break;
      case 'w:p':
        if (paragraph && cellText === null) body.push(paragraph);
        if (cellText === null) paragraph = null;
        break;
    }
  });
  parser.write(xml).close();
  return body;
}
