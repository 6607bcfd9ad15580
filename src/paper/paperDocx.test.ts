import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { readWordDocument, tableRowsAfter, type WordBlock, type WordParagraph, type WordTable } from '@test/paper/wordDocument';
import type { SummaryBlock, SummaryModel } from '../core/types';
import { paperDocx } from './paperDocx';

const headings = (body: WordBlock[], style: string) =>
  body.filter((block): block is WordParagraph => block.kind === 'paragraph' && block.style === style).map((block) => block.text);
const tables = (body: WordBlock[]) => body.filter((block): block is WordTable => block.kind === 'table');
const cells = (table: WordTable) => table.rows.map((row) => row.cells);

describe('paperDocx on the seed paper in mid-year', () => {
  let body: WordBlock[];
  let parts: string[];

  beforeAll(async () => {
    ({ body, parts } = readWordDocument(await paperDocx(seedSummaryWithOverdue())));
  });

  it('is a Word package with a document, its styles and its properties', () => {
    expect(parts).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
  });

  it('opens with the heading and the paper date and previous meeting', () => {
    expect(body.slice(0, 2)).toEqual([
      { kind: 'paragraph', style: 'Heading1', text: 'Joint Audit Committee: internal audit summary' },
      { kind: 'paragraph', style: null, text: 'As at 15/08/2024; previous meeting 24/04/2024' },
    ]);
  });

  it('has every block of the summary, in the summary’s order, each under its own heading', () => {
    expect(headings(body, 'Heading2')).toEqual([
      'Internal audit plan: latest position',
      'The plan at a glance',
      'Actions signed off since the previous meeting (24/04/2024)',
      'Overdue actions',
      'Open actions by risk',
      'Summary',
    ]);
    expect(tables(body)).toHaveLength(5);
  });

  it('writes the plan as the seed paper shows it: audit names as written, dates dd/mm/yyyy, words kept', () => {
    const plan = tableRowsAfter(body, 'Internal audit plan: latest position');
    expect(plan).toHaveLength(17);
    expect(plan.slice(0, 3)).toEqual([
      ['Audit', 'Planned start', 'Status'],
      ['Budget Setting and Control', 'Complete', 'Finalised- Substantial assurance'],
      ['Covert Accounts', 'Complete', 'Finalised- Reasonable assurance'],
    ]);
    expect(plan[7]).toEqual(['Information Asset Ownership', '11/11/2024', 'Scope and timing agreed']);
    expect(plan[10]).toEqual(['PFI/ Reporting to Home Office', 'Q2/3 TBC', 'Commissioned outside IA plan - planning']);
  });

  it('shows counts and shares as the sheet does, "13%" not 0.125', () => {
    expect(tableRowsAfter(body, 'The plan at a glance')).toEqual([
      ['Measure', 'Audits', 'Share of plan'],
      ['Final report issued', '2', '13%'],
      ['Draft report', '3', '19%'],
      ['Planning', '11', '69%'],
      ['Total audits', '16', '100%'],
      ['Opinion issued: Substantial', '1', ''],
      ['Opinion issued: Reasonable', '1', ''],
      ['Plan delivered', '2', '13%'],
    ]);
  });

  it('writes the action tables with every row', () => {
    expect(tableRowsAfter(body, 'Actions signed off since the previous meeting (24/04/2024)')).toEqual([
      ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date'],
      ['Firearms and Tasers', '1', 'Medium', '30/10/2024', '14/08/2024'],
    ]);
    expect(tableRowsAfter(body, 'Overdue actions')).toEqual([
      ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Days overdue'],
      ['Procurement under £60K', '6', 'Medium', '30/07/2024', '16'],
      ['Procurement under £60K', '1', 'Low', '30/07/2024', '16'],
      ['Procurement under £60K', '3', 'Low', '30/07/2024', '16'],
    ]);
    expect(tableRowsAfter(body, 'Open actions by risk')).toEqual([
      ['Risk', 'Overdue', 'Due within 30 days', 'Not yet due', 'Total'],
      ['High', '0', '0', '0', '0'],
      ['Medium', '1', '0', '0', '1'],
      ['Low', '2', '0', '0', '2'],
      ['Total', '3', '0', '0', '3'],
    ]);
  });

  it('formats every table as a plain grid with a bold header row repeated on each page', () => {
    for (const table of tables(body)) {
      expect(table.borders).toEqual({ top: 'single', left: 'single', bottom: 'single', right: 'single', insideH: 'single', insideV: 'single' });
      expect(table.rows.map((row) => row.header)).toEqual(table.rows.map((_, index) => index === 0));
      expect(table.rows[0].bold.every(Boolean)).toBe(true);
      expect(
        table.rows
          .slice(1)
          .flatMap((row) => row.bold)
          .some(Boolean),
      ).toBe(false);
    }
  });

  it('ends with the narrative under its heading', () => {
    expect(body.slice(-2)).toEqual([
      { kind: 'paragraph', style: 'Heading2', text: 'Summary' },
      {
        kind: 'paragraph',
        style: null,
        text:
          'The internal audit plan contains 16 audits: 2 are finalised (1 with substantial and 1 with reasonable assurance), 3 are at draft ' +
          'report stage and 11 are being planned. Final reports have been issued for 13% of the plan. The action tracker holds 7 actions, ' +
          '3 of them open. 1 action was signed off between the previous meeting on 24/04/2024 and 15/08/2024. 3 actions are overdue ' +
          '(1 medium risk and 2 low risk).',
      },
    ]);
  });
});

describe('paperDocx on blocks it has never seen', () => {
  const model: SummaryModel = {
    title: 'Joint Audit Committee: internal audit summary',
    asOf: '2024-10-31',
    since: null,
    blocks: [
      {
        kind: 'table',
        id: 'overdue',
        title: 'Overdue actions',
        columns: [{ header: 'Audit Name', type: 'text', width: 20 }],
        rows: [],
        emptyText: 'No actions are overdue.',
      },
      // Blocks other work adds, in shapes this renderer was not written for: a note, and a table under a new id.
      { kind: 'note', id: 'one-table', text: 'No audit plan table was found, so the plan’s tables are left out.' } as unknown as SummaryBlock,
      {
        kind: 'table',
        id: 'priority-by-rag',
        title: 'Priority by RAG',
        columns: [
          { header: 'Priority', type: 'text', width: 12 },
          { header: 'Outstanding past target', type: 'number', width: 10 },
        ],
        rows: [
          ['=Fundamental', 2],
          ['Significant\nand urgent', null],
        ],
        emptyText: '',
      } as unknown as SummaryBlock,
      { kind: 'paragraph', id: 'narrative', title: 'Summary', text: 'First paragraph.\n\nSecond paragraph.' },
    ],
  };

  it('writes an empty table as its empty text, a note as a paragraph, a new table as a table, text as written', async () => {
    const { body } = readWordDocument(await paperDocx(model));
    expect(body.map((block) => (block.kind === 'table' ? cells(block) : [block.style, block.text]))).toEqual([
      ['Heading1', 'Joint Audit Committee: internal audit summary'],
      [null, 'As at 31/10/2024; previous meeting date not set'],
      ['Heading2', 'Overdue actions'],
      [null, 'No actions are overdue.'],
      [null, 'No audit plan table was found, so the plan’s tables are left out.'],
      ['Heading2', 'Priority by RAG'],
      [
        ['Priority', 'Outstanding past target'],
        ['=Fundamental', '2'],
        ['Significant\nand urgent', ''],
      ],
      [null, ''],
      ['Heading2', 'Summary'],
      [null, 'First paragraph.'],
      [null, 'Second paragraph.'],
    ]);
  });
});
