import type { JacSettings, WorkbookCells } from '../core/types';
import { refreshSummary, type RefreshOutcome } from './refresh';
import { SEED_ACTIONS_SHEET, makeSeedWorkbook } from '@test/fixtures/seedTables';
import { FakeWorkbookHost } from '@test/taskpane/FakeWorkbookHost';

const SETTINGS: JacSettings = { since: '2024-07-24', asOf: null, dataValidation: true, checkWhileEditing: true };
const TODAY = '2024-09-30';

function withoutActions(): WorkbookCells {
  const workbook = makeSeedWorkbook();
  return { sheets: workbook.sheets.filter((sheet) => sheet.name !== SEED_ACTIONS_SHEET) };
}

function blocked(outcome: RefreshOutcome): Extract<RefreshOutcome, { kind: 'blocked' }> {
  if (outcome.kind !== 'blocked') throw new Error(`Expected the refresh to be blocked, but it wrote: ${outcome.message}`);
  return outcome;
}

describe('refreshSummary', () => {
  it('writes the summary once for a workbook with both tables, and remembers which tables it found', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    const steps: string[] = [];
    const outcome = await refreshSummary(host, SETTINGS, TODAY, (step) => steps.push(step));
    expect(steps).toEqual(['reading', 'checking', 'writing']);
    expect(host.written.length).toBe(1);
    expect(host.written[0].layout.sheetName).toBe('JAC Summary');
    expect(host.written[0].lastRefresh).toEqual({ asOf: '2024-09-30', tablesFound: { plan: true, actions: true } });
    expect(outcome).toMatchObject({ kind: 'written', message: '16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024', notes: [] });
  });

  it('passes on what the host could not do alongside the summary', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    host.writeNotes = ['Highlighting could not be refreshed: the sheet Audit Actions is protected.'];
    const outcome = await refreshSummary(host, SETTINGS, TODAY);
    expect(outcome.kind === 'written' && outcome.notes).toEqual(['Highlighting could not be refreshed: the sheet Audit Actions is protected.']);
  });

  it('writes the summary of a workbook that has only a plan, as many organisations keep their actions elsewhere', async () => {
    const host = new FakeWorkbookHost(withoutActions());
    const outcome = await refreshSummary(host, SETTINGS, TODAY);
    expect(outcome.kind).toBe('written');
    expect(host.written[0].lastRefresh.tablesFound).toEqual({ plan: true, actions: false });
  });

  // Regression: a missing actions table used to write a summary with empty tables over the previous good one.
  it('writes nothing when a table the last refresh found has gone, and says what was looked for and where to choose it', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    await refreshSummary(host, SETTINGS, TODAY);
    const gone = withoutActions();
    gone.stored = (await host.readWorkbook()).stored;
    const later = new FakeWorkbookHost(gone);
    const steps: string[] = [];
    const outcome = blocked(await refreshSummary(later, SETTINGS, TODAY, (step) => steps.push(step)));
    expect(outcome.missing).toEqual(['actions']);
    expect(outcome.message).toBe(
      'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status). ' +
        'The last refresh found the actions table, so nothing was written and the previous summary stays. ' +
        'Choose the table under Settings > Tables and columns.',
    );
    expect(outcome.analysis.plan.table?.sheet).toBe('Audit Plan');
    expect(outcome.analysis.findings.map((finding) => finding.check)).toEqual(['missing-table']);
    expect(later.written).toEqual([]);
    expect(steps).toEqual(['reading', 'checking']);
  });

  it('names both tables when neither can be found, and writes nothing', async () => {
    const host = new FakeWorkbookHost({ sheets: [{ name: 'Notes', originRow: 0, originColumn: 0, values: [['Minutes']], tables: [] }] });
    const outcome = blocked(await refreshSummary(host, SETTINGS, TODAY));
    expect(outcome.missing).toEqual(['plan', 'actions']);
    expect(outcome.message).toBe(
      'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status). ' +
        'No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status. ' +
        'Nothing was written, so any previous summary stays. Choose the table under Settings > Tables and columns.',
    );
    expect(host.written).toEqual([]);
  });

  it('writes nothing when the Excel table the settings name has gone since the last refresh', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    await refreshSummary(host, SETTINGS, TODAY);
    const outcome = blocked(await refreshSummary(host, { ...SETTINGS, actions: { table: 'Actions2024' } }, TODAY));
    expect(outcome.message).toBe(
      "No actions table found: there is no Excel table named 'Actions2024' in this workbook. " +
        'The last refresh found the actions table, so nothing was written and the previous summary stays. ' +
        'Choose the table under Settings > Tables and columns.',
    );
    expect(host.written).toHaveLength(1);
  });
});

describe('refreshSummary recording the paper', () => {
  const at = (asOf: string): JacSettings => ({ ...SETTINGS, asOf });

  it('hands the host the papers to keep only when asked to record, and the next refresh shows what moved', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    // The Firearms action (due 30/10/2024) not signed off yet.
    host.edit(SEED_ACTIONS_SHEET, 1, 4, '');
    const plain = await refreshSummary(host, at('2024-08-31'), TODAY);
    expect(host.written[0].papers).toBeUndefined();
    expect(plain).toMatchObject({ kind: 'written', papers: [], recorded: null });

    const recording = await refreshSummary(host, at('2024-08-31'), TODAY, () => {}, { record: true });
    expect(host.written[1].papers).toHaveLength(1);
    expect(recording.kind === 'written' && [recording.recorded, recording.papers.map((paper) => [paper.date, paper.figures])]).toEqual([
      { replaced: false },
      [['2024-08-31', { audits: 16, finalised: 2, actions: 7, open: 1, overdue: 0, implementationRate: 0.25 }]],
    ]);

    // Signed off on 14/09/2024.
    host.edit(SEED_ACTIONS_SHEET, 1, 4, 45549);
    const later = await refreshSummary(host, at('2024-09-30'), TODAY);
    expect(host.written[2].papers).toBeUndefined();
    expect(later.analysis.paper.movement).toMatchObject({ previousPaper: '2024-08-31', overdueThen: 0, overdueNow: 0 });
    expect(later.analysis.paper.movement?.closed.map((action) => action.cell)).toEqual(["'Audit Actions'!A2"]);
    expect(later.kind === 'written' && later.papers.map((paper) => paper.date)).toEqual(['2024-08-31']);
  });

  it('replaces the paper recorded for the same date, and says it did', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    await refreshSummary(host, at('2024-08-31'), TODAY, () => {}, { record: true });
    const again = await refreshSummary(host, at('2024-08-31'), TODAY, () => {}, { record: true });
    expect(again.kind === 'written' && [again.recorded, again.papers.length]).toEqual([{ replaced: true }, 1]);
  });

  it('records nothing when the refresh is blocked', async () => {
    const host = new FakeWorkbookHost({ sheets: [{ name: 'Notes', originRow: 0, originColumn: 0, values: [['Minutes']], tables: [] }] });
    expect((await refreshSummary(host, SETTINGS, TODAY, () => {}, { record: true })).kind).toBe('blocked');
    expect(host.written).toEqual([]);
  });
});
