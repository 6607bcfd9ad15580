import { audit, current, snapshot } from '@test/core/paperActions';
import { generateWorkbook } from '@test/fixtures/generateWorkbook';
import { analyseWorkbook } from '../analyseWorkbook';
import { dataSheetRows, EMPTY_STORED_DATA, readDataSheet } from '../dataSheet';
import { resolveSettings } from '../resolveSettings';
import { actionKey } from './actionKey';
import type { HeadlineFigures } from './paper';
import { readStoredPaper } from './readStoredPaper';
import { dateToSerial, serialToDate, storedPaper } from './storedPaper';

const FIGURES: HeadlineFigures = { audits: 2, finalised: 1, actions: 3, open: 2, overdue: 1, implementationRate: 0.5 };

const PAPER = snapshot(
  '2024-10-31',
  [
    current({ row: 1, audit: 'Firearms and Tasers', recommendation: '1', deadline: '2024-10-30', disposition: 'implemented', closed: '2024-08-14' }),
    current({
      row: 2,
      audit: 'Procurement under \u00a360K ',
      recommendation: '3 ',
      deadline: '2024-07-30',
      revisions: 2,
      originalDeadline: '2024-03-31',
    }),
    current({ row: 3, audit: 'Firearms and Tasers', recommendation: '2', deadline: null, disposition: 'closed-without-implementation' }),
  ],
  [audit('Covert Accounts', 'final', 'Reasonable'), audit('Insurance', 'planning')],
  '2024-07-24',
);

describe('storedPaper', () => {
  it('keeps a paper as arrays of short values: audit names once, dates as serials, defaults left off', () => {
    expect(storedPaper(PAPER, FIGURES)).toEqual({
      format: 1,
      date: '2024-10-31',
      since: '2024-07-24',
      figures: FIGURES,
      audits: [
        ['Covert Accounts', 'final', 'Reasonable'],
        ['Insurance', 'planning', null],
      ],
      names: ['Firearms and Tasers', 'Procurement under \u00a360K'],
      actions: [
        [0, '1', 1, 45595, 0, 45518],
        [1, '3', 0, 45503, 2],
        [0, '2', 3, null],
      ],
    });
  });

  it('counts dates from 30/12/1899 as Excel does, both ways, for any date', () => {
    expect(dateToSerial('2024-11-01')).toBe(45597);
    expect(serialToDate(45597)).toBe('2024-11-01');
    expect(serialToDate(dateToSerial('1850-06-15'))).toBe('1850-06-15');
  });

  it('comes back from the data sheet as the paper it recorded, with the keys the comparison matches on', () => {
    const rows = dataSheetRows({ ...EMPTY_STORED_DATA, papers: [storedPaper(PAPER, FIGURES)] });
    const [entry] = readDataSheet(rows).papers;
    expect(readStoredPaper(entry)).toEqual({
      date: '2024-10-31',
      since: '2024-07-24',
      figures: FIGURES,
      actions: [
        {
          key: actionKey('Firearms and Tasers', '1'),
          audit: 'Firearms and Tasers',
          recommendation: '1',
          disposition: 'implemented',
          deadline: '2024-10-30',
          revisions: 0,
          closed: '2024-08-14',
        },
        {
          key: actionKey('Procurement under \u00a360K', '3'),
          audit: 'Procurement under \u00a360K',
          recommendation: '3',
          disposition: 'open',
          deadline: '2024-07-30',
          revisions: 2,
          closed: null,
        },
        {
          key: actionKey('Firearms and Tasers', '2'),
          audit: 'Firearms and Tasers',
          recommendation: '2',
          disposition: 'closed-without-implementation',
          deadline: null,
          revisions: 0,
          closed: null,
        },
      ],
      audits: PAPER.audits,
    });
  });

  it('shortens a paragraph-long recommendation, keeping the hash its key is made from', () => {
    const long = 'Management should ensure that every purchase order is raised and approved before the goods are received.';
    const paper = snapshot('2024-10-31', [current({ row: 1, recommendation: long })]);
    const [stored] = storedPaper(paper, FIGURES).actions;
    expect(stored[1]).toBe('Management should ensure that every purchase order is raised\u2026');
    const read = readStoredPaper(JSON.parse(JSON.stringify(storedPaper(paper, FIGURES))));
    expect(read?.actions[0].key).toBe(actionKey('Payroll', long));
    expect(read?.actions[0].recommendation).toBe('Management should ensure that every purchase order is raised\u2026');
  });

  it('records a 20,000-action tracker in under 600,000 characters, and reads it back whole through the data sheet', () => {
    const analysis = analyseWorkbook(generateWorkbook({ audits: 300, actions: 20000, seed: 7 }), {
      settings: resolveSettings({ since: '2024-06-30' }),
      today: '2024-09-30',
    });
    const entry = storedPaper(analysis.paper.snapshot, analysis.paper.figures);
    expect(JSON.stringify(entry).length).toBeLessThan(600_000);
    const [back] = readDataSheet(dataSheetRows({ ...EMPTY_STORED_DATA, papers: [entry] })).papers;
    const read = readStoredPaper(back);
    expect(read?.actions.length).toBe(20000);
    expect(read?.actions.map((action) => action.key)).toEqual(analysis.paper.snapshot.actions.map((action) => action.key));
  });
});
