/**
 * The committee paper's section as a Word document (.docx), built with the `docx` package so it runs the same in
 * Node (`jac-summary --docx`) and in the browser (the preview's Download for Word): a heading, the paper date and
 * previous meeting, then every block in the summary's order, each table formatted as the seed paper's are (plain
 * borders, a bold header row repeated on each page, dates dd/mm/yyyy, text exactly as written).
 *
 * Headings use Word's built-in Heading 1 and Heading 2 styles, so a section pasted into an organisation's own
 * paper template takes that template's look.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SummaryModel } from '../core/types';
import { paperContent, type PaperColumn, type PaperTable, type PaperText } from './paperContent';

/** A4 portrait with 2.54 cm margins, in twips (twentieths of a point). */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** A thin (0.5 pt, in eighths of a point) black line on every side and between every cell: the seed's plain borders. */
const GRID_LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/**
 * @example await writeFile('paper.docx', await paperDocx(analysis.summary))
 */
export async function paperDocx(model: SummaryModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(paperDocument(model)));
}

/** The Word document before it is packed. */
export function paperDocument(model: SummaryModel): Document {
  const content = paperContent(model);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(content.title)] }),
    new Paragraph({ children: [new TextRun(content.dates)] }),
  ];
  for (const section of content.sections) {
    if (section.title) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(section.title)] }));
    if (section.kind === 'text') children.push(...textParagraphs(section));
    else if (section.rows.length === 0) children.push(new Paragraph({ children: [new TextRun(section.emptyText)] }));
    // Word joins two tables with nothing between them into one: the empty paragraph keeps each table its own.
    else children.push(wordTable(section), new Paragraph({}));
  }
  return new Document({
    title: content.title,
    description: content.dates,
    creator: 'JAC audit tracker',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: margins() } }, children }],
  });
}

function margins() {
  return { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin };
}

function textParagraphs(section: PaperText): Paragraph[] {
  return section.paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] }));
}

function wordTable(table: PaperTable): Table {
  const widths = table.columns.map((column) => Math.round(column.share * TEXT_WIDTH));
  const cell = (text: string, column: PaperColumn, index: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[index], type: WidthType.DXA },
      margins: CELL_MARGINS,
      children: [
        new Paragraph({
          alignment: column.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: runs(text, bold),
        }),
      ],
    });
  const header = new TableRow({
    // Repeated at the top of each page a long table runs onto.
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) => cell(column.header, column, index, true)),
  });
  const body = table.rows.map(
    (row) => new TableRow({ cantSplit: true, children: table.columns.map((column, index) => cell(row[index] ?? '', column, index, false)) }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: GRID_LINE, bottom: GRID_LINE, left: GRID_LINE, right: GRID_LINE, insideHorizontal: GRID_LINE, insideVertical: GRID_LINE },
  });
}

/** A cell's text as runs, a line break where the cell had one ("Scope agreed\nFieldwork in March"). */
function runs(text: string, bold: boolean): TextRun[] {
  return text.split(/\r?\n/).map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : undefined }));
}
