/**
 * Recording a paper and comparing the unchanged workbook with it reports no movement: whatever the tracker holds
 * (duplicates, blanks, TBC, words in the sign-off column, paragraph-long recommendations, any text at all), the
 * record kept on the data sheet must bring back every action under the key it had.
 */
import fc from 'fast-check';
import { messyWorkbooks } from '@test/fixtures/messyTables';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { analyseWorkbook } from '../analyseWorkbook';
import { dataSheetRows, EMPTY_STORED_DATA, readDataSheet } from '../dataSheet';
import { addDays } from '../calendar';
import { toJsonReport } from '../jsonReport';
import { resolveSettings } from '../resolveSettings';
import type { CellValue, WorkbookCells } from '../types';
import { compareWithPrevious, isStill } from './compareWithPrevious';
import { readStoredPaper } from './readStoredPaper';
import { recordPaper } from './recordedPapers';

const DATE = 'dd/mm/yyyy';

const audits = fc.oneof(
  fc.constantFrom('Payroll', 'payroll ', 'Procurement under \u00a360K', 'Fleet\u00a0Management', '__proto__', ''),
  fc.string({ maxLength: 30 }),
);
const references = fc.oneof(
  fc.constantFrom<CellValue>(1, 2, '3 ', '3a', '5 & 6', 'IA-24-01.2', ''),
  fc.string({ minLength: 60, maxLength: 140 }),
  fc.string({ maxLength: 12 }),
);
const risks = fc.constantFrom<CellValue>('High', 'Medium', 'Low', 'Meduim', 'Priority 1', 'Amber', '');
const dates = fc.oneof(fc.integer({ min: 44900, max: 46200 }), fc.constantFrom<CellValue>('', 'TBC', '30/02/2024', '12/31/2024'));
const signoffs = fc.oneof(fc.integer({ min: 44900, max: 45700 }), fc.constantFrom<CellValue>('', '', '', 'Superseded', 'Implemented', 'N/A'));
const actionRows = fc.array(fc.tuple(audits, references, risks, dates, dates, signoffs), { maxLength: 40 });
const statuses = fc.constantFrom(
  'Finalised- Substantial assurance',
  'Draft report issued',
  'Scope and timing agreed',
  'Fieldwork in progress',
  'Deferred',
  'Banana',
);
const planRows = fc.array(fc.tuple(audits, statuses), { maxLength: 12 });

function tracker(actions: CellValue[][], plan: [string, string][]): WorkbookCells {
  const actionValues: CellValue[][] = [['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Revised deadline', 'Signoff Date'], ...actions];
  const planValues: CellValue[][] = [['Audit', 'Planned start', 'Status'], ...plan.map(([name, status]) => [name, 'Q4 TBC', status])];
  return {
    sheets: [
      {
        name: 'Audit Plan',
        originRow: 0,
        originColumn: 0,
        values: planValues,
        numberFormats: planValues.map((row) => row.map(() => 'General')),
        tables: [],
      },
      {
        name: 'Audit Actions',
        originRow: 0,
        originColumn: 0,
        values: actionValues,
        numberFormats: actionValues.map((row, r) => row.map((_, c) => (r > 0 && c >= 3 ? DATE : 'General'))),
        tables: [],
      },
    ],
  };
}

/** The workbook with this paper recorded on its data sheet, as the next read of it gives it back. */
function recorded(cells: WorkbookCells, asOf: string): WorkbookCells {
  const analysis = analyseWorkbook(cells, { settings: resolveSettings({ asOf }), today: asOf });
  const papers = recordPaper([], analysis.paper);
  return { ...cells, stored: readDataSheet(dataSheetRows({ ...EMPTY_STORED_DATA, papers })) };
}

const paperDates = fc.integer({ min: 0, max: 900 }).map((days) => addDays('2024-01-01', days));

describe('recording a paper and comparing the unchanged workbook with it', () => {
  it('reports no movement on the same date, whatever the tracker holds', () => {
    fc.assert(
      fc.property(actionRows, planRows, paperDates, (actions, plan, asOf) => {
        const cells = recorded(tracker(actions, plan), asOf);
        const again = analyseWorkbook(cells, { settings: resolveSettings({ asOf }), today: asOf });
        const previous = readStoredPaper(cells.stored!.papers[0]);
        expect(previous).not.toBeNull();
        const movement = compareWithPrevious(previous!, again.paper.snapshot);
        expect(isStill(movement)).toBe(true);
        expect(movement.stillOverdue.length).toBe(movement.overdueNow);
      }),
      { numRuns: 150 },
    );
  });

  it('reports no action added, removed, closed or re-dated at a later paper date, through the whole engine', () => {
    fc.assert(
      fc.property(actionRows, planRows, paperDates, fc.integer({ min: 1, max: 200 }), (actions, plan, asOf, days) => {
        const later = addDays(asOf, days);
        const analysis = analyseWorkbook(recorded(tracker(actions, plan), asOf), { settings: resolveSettings({ asOf: later }), today: later });
        const movement = toJsonReport(analysis).movement;
        expect(movement).toMatchObject({ previousPaper: asOf, added: [], removed: [], closed: [], extended: [] });
        expect(analysis.paper.movement?.audits).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('reports no movement for the seed and the messy fixtures either', () => {
    for (const cells of [makeSeedWorkbook(), ...Object.values(messyWorkbooks).map((make) => make())]) {
      const kept = recorded(cells, '2024-10-31');
      const again = analyseWorkbook(kept, { settings: resolveSettings({ asOf: '2024-10-31' }), today: '2024-10-31' });
      expect(isStill(compareWithPrevious(readStoredPaper(kept.stored!.papers[0])!, again.paper.snapshot))).toBe(true);
    }
  });
});
