/** A read, then a write, of the Office.js shell against the workbook mock, as a refresh does them. */
import type { SummaryLayout, WorkbookCells } from '../../src/core/types';
import { readWorkbookCells } from '../../src/excel/readWorkbookCells';
import { writeResults, type WriteOptions, type WritePlan } from '../../src/excel/writeResults';
import { DUE_SOON, OVERDUE } from './excelFixtures';
import { WorkbookMock, type MockOptions, type Recorded } from './workbookMock';

export const LAYOUT: SummaryLayout = {
  sheetName: 'JAC Summary',
  blocks: [],
  values: [
    ['Joint Audit Committee: audit update', null],
    ['Audit', 'Deadline'],
    ['=HYPERLINK("http://example.com")', 45595],
  ],
  numberFormats: [
    ['@', 'General'],
    ['@', '@'],
    ['@', 'dd/mm/yyyy'],
  ],
  columnWidths: [30, 12],
  regions: [
    { style: 'title', top: 0, left: 0, bottom: 0, right: 1 },
    { style: 'header', top: 1, left: 0, bottom: 1, right: 1 },
    { style: 'overdue', top: 2, left: 0, bottom: 2, right: 1 },
  ],
};

export const PLAN: WritePlan = {
  layout: LAYOUT,
  lastRefresh: { asOf: '2024-10-01', tablesFound: { plan: true, actions: true } },
  buildId: 'b1',
  conditionalFormats: { sheet: 'Audit Actions', range: 'A2:E8', overdueFormula: OVERDUE, dueSoonFormula: DUE_SOON },
  inCellValidation: [
    {
      sheet: 'Audit Actions',
      range: 'C2:C8',
      list: ['High', 'Medium', 'Low'],
      message: 'Risk is usually High, Medium or Low.',
      table: null,
      header: 'Risk',
    },
    { sheet: 'Audit Actions', range: 'D2:D8', list: null, message: 'Enter a date as dd/mm/yyyy.', table: null, header: 'Deadline' },
  ],
};

export const EVERYTHING: WriteOptions = {
  features: { copyFrom: true, standardHeight: true, rangeAreas: true, charts: true, chartAxisFormat: true, printSetup: true },
};

export async function readThenWrite(workbook: WorkbookCells, plan: WritePlan, options: MockOptions = {}, write: WriteOptions = EVERYTHING) {
  const mock = new WorkbookMock(workbook, options);
  const { state } = await readWorkbookCells(mock.context, { workbookProtection: true });
  const readRecords = mock.records.length;
  const written = writeResults(mock.context, plan, state, write);
  return { mock, written, writes: () => mock.records.slice(readRecords) };
}

export const summarise = (records: Recorded[]) =>
  records.map((r) => `${r.sheet ?? '-'} | ${r.target} | ${r.kind} ${r.name} ${JSON.stringify(r.value)}`);
