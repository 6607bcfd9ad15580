/**
 * @jest-environment jsdom
 */
// jsdom's DOMParser reads the HTML as a browser (and Word's HTML import) would, so the tests check structure, not text.
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import type { SummaryBlock, SummaryModel } from '../core/types';
import { paperHtml } from './paperHtml';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const rowsOf = (table: Element) => [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));

describe('paperHtml on the seed paper in mid-year', () => {
  const page = parse(paperHtml(seedSummaryWithOverdue()));

  it('has one heading for the paper and one for each block, in the summary’s order', () => {
    expect([...page.querySelectorAll('h1, h2')].map((heading) => `${heading.tagName} ${heading.textContent}`)).toEqual([
      'H1 Joint Audit Committee: internal audit summary',
      'H2 Internal audit plan: latest position',
      'H2 The plan at a glance',
      'H2 Actions signed off since the previous meeting (24/04/2024)',
      'H2 Overdue actions',
      'H2 Open actions by risk',
      'H2 Summary',
    ]);
    expect(page.querySelector('h1 + p')?.textContent).toBe('As at 15/08/2024; previous meeting 24/04/2024');
  });

  it('has a <table> for each table block, each following its heading, with all its rows', () => {
    const tables = [...page.querySelectorAll('table')];
    expect(tables.map((table) => table.previousElementSibling?.textContent)).toEqual([
      'Internal audit plan: latest position',
      'The plan at a glance',
      'Actions signed off since the previous meeting (24/04/2024)',
      'Overdue actions',
      'Open actions by risk',
    ]);
    expect(tables.map((table) => table.querySelectorAll('tr').length)).toEqual([17, 8, 2, 4, 5]);
    expect(rowsOf(tables[3])).toEqual([
      ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Days overdue'],
      ['Procurement under £60K', '6', 'Medium', '30/07/2024', '16'],
      ['Procurement under £60K', '1', 'Low', '30/07/2024', '16'],
      ['Procurement under £60K', '3', 'Low', '30/07/2024', '16'],
    ]);
    expect(rowsOf(tables[1])[1]).toEqual(['Final report issued', '2', '13%']);
  });

  it('gives every table and cell a border Word keeps, and a bold header row in <thead>', () => {
    for (const table of page.querySelectorAll('table')) {
      expect(table.getAttribute('border')).toBe('1');
      expect((table as HTMLElement).style.borderCollapse).toBe('collapse');
      for (const cell of table.querySelectorAll('th, td')) expect((cell as HTMLElement).style.border).toBe('0.5pt solid rgb(0, 0, 0)');
      const header = [...table.querySelectorAll('thead th')] as HTMLElement[];
      expect(header.length).toBe(table.querySelector('tbody tr')!.children.length);
      expect(header.every((th) => th.style.fontWeight === 'bold')).toBe(true);
      expect([...table.querySelectorAll('tbody td')].some((td) => (td as HTMLElement).style.fontWeight === 'bold')).toBe(false);
    }
  });

  it('right-aligns counts, as the sheet does, and leaves text left', () => {
    const overdue = page.querySelectorAll('table')[3];
    expect([...overdue.querySelectorAll('tbody tr:first-child td')].map((td) => (td as HTMLElement).style.textAlign)).toEqual([
      'left',
      'left',
      'left',
      'left',
      'right',
    ]);
  });

  it('ends with the narrative as a paragraph', () => {
    expect(page.body.lastElementChild?.tagName).toBe('P');
    expect(page.body.lastElementChild?.textContent).toMatch(
      /^The internal audit plan contains 16 audits: .* 3 actions are overdue \(1 medium risk and 2 low risk\)\.$/,
    );
  });
});

describe('paperHtml on awkward text and blocks it has never seen', () => {
  const model: SummaryModel = {
    title: 'Joint Audit Committee: internal audit summary',
    asOf: '2024-10-31',
    since: '2024-07-24',
    blocks: [
      {
        kind: 'table',
        id: 'overdue',
        title: 'Overdue actions',
        columns: [
          { header: 'Audit Name', type: 'text', width: 20 },
          { header: 'Deadline', type: 'date', width: 12 },
        ],
        rows: [
          ['<b>Payroll</b> & "Pensions"', { date: '2024-09-30' }],
          ['Scope agreed\nFieldwork in March', 'TBC'],
        ],
        emptyText: 'No actions are overdue.',
      },
      {
        kind: 'table',
        id: 'signed-off-since',
        title: 'Signed off',
        columns: [{ header: 'Audit Name', type: 'text', width: 12 }],
        rows: [],
        emptyText: 'No actions were signed off since the previous meeting.',
      },
      { kind: 'note', id: 'one-table', text: 'No audit plan table was found.' } as unknown as SummaryBlock,
    ],
  };
  const page = parse(paperHtml(model));

  it('keeps cell text as written, markup and all, with a line break where the cell has one', () => {
    const cells = page.querySelectorAll('tbody td');
    expect([...cells].map((td) => td.textContent)).toEqual(['<b>Payroll</b> & "Pensions"', '30/09/2024', 'Scope agreedFieldwork in March', 'TBC']);
    expect(page.querySelectorAll('tbody b')).toHaveLength(0);
    expect(cells[2].innerHTML).toBe('Scope agreed<br>Fieldwork in March');
  });

  it('writes an empty table as its empty text and a note as a paragraph', () => {
    expect([...page.body.children].map((element) => `${element.tagName} ${element.tagName === 'TABLE' ? '' : element.textContent}`)).toEqual([
      'H1 Joint Audit Committee: internal audit summary',
      'P As at 31/10/2024; previous meeting 24/07/2024',
      'H2 Overdue actions',
      'TABLE ',
      'H2 Signed off',
      'P No actions were signed off since the previous meeting.',
      'P No audit plan table was found.',
    ]);
  });
});
