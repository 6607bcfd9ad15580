import type { JacSettings, WorkbookCells } from '../../src/core/types';
import { refreshSummary, type RefreshOutcome } from '../../src/host/refresh';
import { SEED_ACTIONS_SHEET, makeSeedWorkbook } from '../fixtures/seedTables';
import { FakeWorkbookHost } from '../taskpane/FakeWorkbookHost';

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
    expect(outcome.analysis.findings.map((finding) => finding.rule)).toEqual(['missing-table']);
    expect(later.written).toEqual([]);
    expect(steps).toEqual(['reading', 'checking']);
  });

  it('names both tables when neither can be found, and writes nothing', async () => {
    const host = new FakeWorkbookHost({ sheets: [{ name: 'Notes', originRow: 0, originColumn: 0, values: [['Minutes']], tables: [] }] });
    const outcome = blocked(await refreshSummary(host, SETTINGS, TODAY));
    expect(outcome.missing).toEqual(['plan', 'actions']);
    expect(outcome.message).toBe(
      'No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status. ' +
        'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status). ' +
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
