import type { LocatedTable, PlanField, WorkbookCells } from '../../core/types';
import { workbookOutline } from './workbookOutline';

const workbook: WorkbookCells = {
  sheets: [
    {
      name: 'Plan',
      originRow: 1,
      originColumn: 1,
      values: [
        ['Internal Audit Plan', '', ''],
        [' Audit\u00a0', 'Planned start', ''],
        ['Insurance', 45700, ''],
      ],
      tables: [{ name: 'PlanTable', headerRow: 2, firstColumn: 1, lastColumn: 3, lastRow: 3 }],
    },
    { name: 'JAC Summary', originRow: 0, originColumn: 0, values: [['JAC summary']], tables: [] },
  ],
};

const plan: LocatedTable<PlanField> = {
  kind: 'plan',
  sheet: 'Plan',
  tableName: 'PlanTable',
  headerRow: 2,
  firstRow: 3,
  lastRow: 3,
  firstColumn: 1,
  lastColumn: 3,
  columns: { audit: 1, plannedStart: 2 },
  headers: { audit: 'Audit', plannedStart: 'Planned start' },
};

describe('workbookOutline', () => {
  it('offers the user sheets and tables, not the summary sheet, and reads the detected header row as shown', () => {
    expect(workbookOutline(workbook, { plan: { table: plan, rows: [] }, actions: { table: null, rows: [] } })).toEqual({
      sheets: ['Plan'],
      tables: [{ name: 'PlanTable', sheet: 'Plan' }],
      plan: { table: plan, headerTexts: ['Audit', 'Planned start'] },
      actions: null,
    });
  });
});
