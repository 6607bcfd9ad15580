import * as engine from '../../core/analyseWorkbook';
import type { AnalyseOptions } from '../../core/analyseWorkbook';
import type { CellValue } from '../../core/types';
import type { CellsChange } from '../../host/WorkbookHost';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { changedRange, LiveCheck, MAX_CHANGES_PER_BASELINE } from './LiveCheck';

const OPTIONS: AnalyseOptions = { settings: engine.resolveSettings({ since: '2024-07-24' }), today: '2024-09-30' };

function edit(sheet: string, row: number, column: number, value: CellValue): CellsChange {
  return { sheet, top: row, left: column, bottom: row, right: column, values: [[value]] };
}

function cellsAndChecks(result: { findings: { cell: string; check: string }[] }) {
  return result.findings.map((finding) => [finding.cell, finding.check]);
}

describe('LiveCheck', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps nothing at first, so an edit changes nothing and the first check must read', () => {
    const live = new LiveCheck();
    live.applyChange(edit('Audit Actions', 3, 3, '30/02/2024'));
    expect(live.cells).toBeNull();
  });

  it('re-checks only the edited rows against the analysis it kept while listening', () => {
    const live = new LiveCheck();
    const wholeRuns = jest.spyOn(engine, 'analyseWorkbook');
    const cells = makeSeedWorkbook();
    expect(cellsAndChecks(live.check(cells, OPTIONS, { fromKept: false, listening: true }))).toEqual([]);
    expect(live.cells).toBe(cells);
    live.applyChange(edit('Audit Actions', 3, 3, '30/02/2024'));
    expect(live.cells).not.toBe(cells);
    expect(cellsAndChecks(live.check(live.cells!, OPTIONS, { fromKept: true, listening: true }))).toEqual([
      ["'Audit Actions'!D4", 'impossible-date'],
    ]);
    expect(wholeRuns).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing when not listening, as edits would not reach it', () => {
    const live = new LiveCheck();
    live.check(makeSeedWorkbook(), OPTIONS, { fromKept: false, listening: false });
    expect(live.cells).toBeNull();
  });

  it('runs the whole engine on cells that are not the ones it kept', () => {
    const live = new LiveCheck();
    const wholeRuns = jest.spyOn(engine, 'analyseWorkbook');
    live.check(makeSeedWorkbook(), OPTIONS, { fromKept: false, listening: true });
    const read = makeSeedWorkbook();
    live.check(read, OPTIONS, { fromKept: false, listening: true });
    expect(wholeRuns).toHaveBeenCalledTimes(2);
    expect(live.cells).toBe(read);
  });

  it('runs the whole engine when an edit could change the tables, such as a header', () => {
    const live = new LiveCheck();
    const wholeRuns = jest.spyOn(engine, 'analyseWorkbook');
    live.check(makeSeedWorkbook(), OPTIONS, { fromKept: false, listening: true });
    live.applyChange(edit('Audit Actions', 0, 2, 'Notes'));
    const result = live.check(live.cells!, OPTIONS, { fromKept: true, listening: true });
    expect(wholeRuns).toHaveBeenCalledTimes(2);
    expect(cellsAndChecks(result)).toEqual([["'Audit Actions'!A1", 'missing-column']]);
  });

  it(`runs the whole engine again after ${MAX_CHANGES_PER_BASELINE} edits since the baseline, and starts a new one`, () => {
    expect(MAX_CHANGES_PER_BASELINE).toBe(200);
    const live = new LiveCheck();
    const wholeRuns = jest.spyOn(engine, 'analyseWorkbook');
    live.check(makeSeedWorkbook(), OPTIONS, { fromKept: false, listening: true });
    for (let i = 0; i < 200; i += 1) live.applyChange(edit('Audit Actions', 2, 2, i % 2 === 0 ? 'Hgih' : 'High'));
    live.check(live.cells!, OPTIONS, { fromKept: true, listening: true });
    expect(wholeRuns).toHaveBeenCalledTimes(1);
    live.applyChange(edit('Audit Actions', 2, 2, 'Hgih'));
    expect(cellsAndChecks(live.check(live.cells!, OPTIONS, { fromKept: true, listening: true }))).toEqual([["'Audit Actions'!C3", 'unknown-risk']]);
    expect(wholeRuns).toHaveBeenCalledTimes(2);
    live.applyChange(edit('Audit Actions', 2, 2, 'High'));
    expect(cellsAndChecks(live.check(live.cells!, OPTIONS, { fromKept: true, listening: true }))).toEqual([]);
    expect(wholeRuns).toHaveBeenCalledTimes(2);
  });

  it("uses a refresh's analysis as the baseline once it arrives, with the edits made meanwhile", () => {
    const refreshAnalysis = engine.analyseWorkbook(makeSeedWorkbook(), OPTIONS);
    const live = new LiveCheck();
    const wholeRuns = jest.spyOn(engine, 'analyseWorkbook');
    const read = makeSeedWorkbook();
    const begun = live.beginBaseline(read);
    expect(live.cells).toBe(read);
    live.applyChange(edit('Audit Actions', 2, 2, 'Hgih'));
    live.completeBaseline(begun, refreshAnalysis);
    expect(begun.changes).toEqual([{ sheet: 'Audit Actions', top: 2, left: 2, bottom: 2, right: 2 }]);
    expect(cellsAndChecks(live.check(live.cells!, OPTIONS, { fromKept: true, listening: true }))).toEqual([["'Audit Actions'!C3", 'unknown-risk']]);
    expect(wholeRuns).not.toHaveBeenCalled();
  });

  it("ignores a refresh's analysis when the cells it read were replaced meanwhile", () => {
    const live = new LiveCheck();
    const begun = live.beginBaseline(makeSeedWorkbook());
    live.forget();
    live.completeBaseline(begun, engine.analyseWorkbook(makeSeedWorkbook(), OPTIONS));
    expect([live.cells, begun.analysis]).toEqual([null, null]);
  });
});

describe('changedRange', () => {
  it('widens the rectangle to every value the host sent', () => {
    expect(changedRange({ sheet: 'Audit Actions', top: 4, left: 1, bottom: 4, right: 1, values: [['a', 'b', 'c'], ['d']] })).toEqual({
      sheet: 'Audit Actions',
      top: 4,
      left: 1,
      bottom: 5,
      right: 3,
    });
  });

  it('keeps the rectangle the host named when it sent fewer values', () => {
    expect(changedRange({ sheet: 'Audit Plan', top: 3, left: 0, bottom: 6, right: 2, values: [['x']] })).toEqual({
      sheet: 'Audit Plan',
      top: 3,
      left: 0,
      bottom: 6,
      right: 2,
    });
  });
});
