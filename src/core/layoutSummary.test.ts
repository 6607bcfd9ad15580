import { seedActionRows, seedPlanRows } from '@test/core/seedRows';
import { buildSummary } from './buildSummary';
import { classifyActions } from './classifyActions';
import { layoutSummary } from './layoutSummary';
import type { SummaryModel } from './types';

const small: SummaryModel = {
  title: 'Joint Audit Committee: internal audit summary',
  asOf: '2024-10-31',
  since: '2024-07-24',
  blocks: [
    {
      kind: 'table',
      id: 'overdue',
      title: 'Overdue actions',
      columns: [
        { header: 'Audit Name', type: 'text', width: 14 },
        { header: 'Deadline', type: 'date', width: 12 },
        { header: 'Days overdue', type: 'number', width: 70 },
      ],
      rows: [
        ['=SUM(1)', { date: '2024-09-30' }, 31],
        ['Payroll', 'TBC', null],
      ],
      tones: ['overdue', null],
      emptyText: 'No actions are overdue.',
    },
    {
      kind: 'table',
      id: 'plan-at-a-glance',
      title: 'The plan at a glance',
      columns: [
        { header: 'Measure', type: 'text', width: 4 },
        { header: 'Share', type: 'percent', width: 9 },
      ],
      rows: [['Plan delivered', 0.125]],
      emptyText: 'No audits.',
    },
    {
      kind: 'table',
      id: 'signed-off-since',
      title: 'Signed off',
      columns: [{ header: 'Audit Name', type: 'text', width: 12 }],
      rows: [],
      emptyText: 'No actions were signed off since the previous meeting.',
    },
    { kind: 'paragraph', id: 'narrative', title: 'Summary', text: 'All is well.' },
  ],
};

describe('layoutSummary', () => {
  const layout = layoutSummary(small);

  test('places the title, dates and each block with a blank row between, padded to one width', () => {
    expect(layout.sheetName).toBe('JAC Summary');
    expect(layout.values).toEqual([
      ['Joint Audit Committee: internal audit summary', null, null],
      ['As at 31/10/2024; previous meeting 24/07/2024', null, null],
      [null, null, null],
      ['Overdue actions', null, null],
      ['Audit Name', 'Deadline', 'Days overdue'],
      ['=SUM(1)', 45565, 31],
      ['Payroll', 'TBC', null],
      [null, null, null],
      ['The plan at a glance', null, null],
      ['Measure', 'Share', null],
      ['Plan delivered', 0.125, null],
      [null, null, null],
      ['Signed off', null, null],
      ['No actions were signed off since the previous meeting.', null, null],
      [null, null, null],
      ['Summary', null, null],
      ['All is well.', null, null],
    ]);
  });

  test('formats text as text (so "=SUM(1)" stays text), dates as dd/mm/yyyy and shares as percentages', () => {
    expect(layout.numberFormats[5]).toEqual(['@', 'dd/mm/yyyy', '0']);
    expect(layout.numberFormats[6]).toEqual(['@', '@', 'General']);
    expect(layout.numberFormats[10]).toEqual(['@', '0%', 'General']);
    expect(layout.numberFormats[2]).toEqual(['General', 'General', 'General']);
    expect(layout.numberFormats[0]).toEqual(['@', 'General', 'General']);
  });

  test('marks regions to style, with the overdue tone after the body', () => {
    expect(layout.regions).toEqual([
      { style: 'title', top: 0, left: 0, bottom: 0, right: 0 },
      { style: 'note', top: 1, left: 0, bottom: 1, right: 0 },
      { style: 'table-title', top: 3, left: 0, bottom: 3, right: 0 },
      { style: 'header', top: 4, left: 0, bottom: 4, right: 2 },
      { style: 'body', top: 5, left: 0, bottom: 6, right: 2 },
      { style: 'overdue', top: 5, left: 0, bottom: 5, right: 2 },
      { style: 'table-title', top: 8, left: 0, bottom: 8, right: 0 },
      { style: 'header', top: 9, left: 0, bottom: 9, right: 1 },
      { style: 'body', top: 10, left: 0, bottom: 10, right: 1 },
      { style: 'table-title', top: 12, left: 0, bottom: 12, right: 0 },
      { style: 'note', top: 13, left: 0, bottom: 13, right: 0 },
      { style: 'table-title', top: 15, left: 0, bottom: 15, right: 0 },
      { style: 'paragraph', top: 16, left: 0, bottom: 16, right: 2 },
    ]);
  });

  test('records each block’s rectangle', () => {
    expect(layout.blocks).toEqual([
      { id: 'overdue', top: 3, left: 0, bottom: 6, right: 2 },
      { id: 'plan-at-a-glance', top: 8, left: 0, bottom: 10, right: 1 },
      { id: 'signed-off-since', top: 12, left: 0, bottom: 13, right: 0 },
      { id: 'narrative', top: 15, left: 0, bottom: 16, right: 2 },
    ]);
  });

  test('takes the widest column per sheet column, kept within 8 to 60 characters', () => {
    expect(layout.columnWidths).toEqual([14, 12, 60]);
  });

  test('says when the previous meeting date is not set', () => {
    expect(layoutSummary({ ...small, since: null }).values[1][0]).toBe('As at 31/10/2024; previous meeting date not set');
  });
});

describe('layoutSummary of the seed paper', () => {
  const asOf = '2024-10-31';
  const since = '2024-07-24';
  const layout = layoutSummary(buildSummary(seedPlanRows(), classifyActions(seedActionRows(), asOf, since), asOf, since));

  test('writes the signed-off table as the seed shows it, with real dates', () => {
    const top = layout.blocks.find((b) => b.id === 'signed-off-since')!.top;
    expect(layout.values.slice(top, top + 4)).toEqual([
      ['Actions signed off since the previous meeting (24/07/2024)', null, null, null, null],
      ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date'],
      ['Firearms and Tasers', '1', 'Medium', 45595, 45518],
      ['Procurement under £60K', '1', 'Low', 45503, 45524],
    ]);
    expect(layout.numberFormats[top + 2]).toEqual(['@', '@', '@', 'dd/mm/yyyy', 'dd/mm/yyyy']);
  });

  test('makes every row the same width and every format parallel to its value', () => {
    expect(new Set(layout.values.map((row) => row.length))).toEqual(new Set([5]));
    expect(layout.numberFormats.map((row) => row.length)).toEqual(layout.values.map((row) => row.length));
    expect(layout.values.length).toBe(layout.numberFormats.length);
  });
});

test('puts each note on its own line under the dates, styled as a note', () => {
  const layout = layoutSummary({
    title: 'Joint Audit Committee: internal audit summary',
    asOf: '2024-10-31',
    since: null,
    notes: ['No audit plan was found in this workbook, so the plan\u2019s tables are left out.'],
    blocks: [{ kind: 'paragraph', id: 'narrative', title: 'Summary', text: 'The action tracker holds 1 action.' }],
  });
  expect(layout.values.map((row) => row[0])).toEqual([
    'Joint Audit Committee: internal audit summary',
    'As at 31/10/2024; previous meeting date not set',
    'No audit plan was found in this workbook, so the plan\u2019s tables are left out.',
    null,
    'Summary',
    'The action tracker holds 1 action.',
  ]);
  expect(layout.regions.filter((region) => region.style === 'note').map((region) => region.top)).toEqual([1, 2]);
});
