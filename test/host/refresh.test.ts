import type { JacSettings, WorkbookCells } from '../../src/core/types';
import { RefreshBlockedError } from '../../src/host/RefreshBlockedError';
import { refreshSummary } from '../../src/host/refresh';
import { SEED_ACTIONS_SHEET, makeSeedWorkbook } from '../fixtures/seedTables';
import { FakeWorkbookHost } from '../taskpane/FakeWorkbookHost';

const SETTINGS: JacSettings = { since: '2024-07-24', asOf: null, dataValidation: true, checkWhileEditing: true };
const TODAY = '2024-09-30';

function withoutActions(): WorkbookCells {
  const workbook = makeSeedWorkbook();
  return { sheets: workbook.sheets.filter((sheet) => sheet.name !== SEED_ACTIONS_SHEET) };
}

async function blocked(host: FakeWorkbookHost, settings: JacSettings = SETTINGS): Promise<RefreshBlockedError> {
  const error: unknown = await refreshSummary(host, settings, TODAY).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RefreshBlockedError)) throw new Error(`Expected a RefreshBlockedError, got ${String(error)}`);
  return error;
}

describe('refreshSummary', () => {
  it('writes the summary once for a workbook with both tables', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    const steps: string[] = [];
    const outcome = await refreshSummary(host, SETTINGS, TODAY, (step) => steps.push(step));
    expect(steps).toEqual(['reading', 'checking', 'writing']);
    expect(host.written.length).toBe(1);
    expect(host.written[0].layout.sheetName).toBe('JAC Summary');
    expect(outcome.message).toBe('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');
  });

  // Regression: a missing actions table used to write a summary with empty tables over the previous good one.
  it('writes nothing when the actions table cannot be found, and says what was looked for and where to choose it', async () => {
    const host = new FakeWorkbookHost(withoutActions());
    const steps: string[] = [];
    const error: unknown = await refreshSummary(host, SETTINGS, TODAY, (step) => steps.push(step)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RefreshBlockedError);
    const refused = error as RefreshBlockedError;
    expect(refused.code).toBe('table-not-found');
    expect(refused.retryable).toBe(false);
    expect(refused.message).toBe(
      'No actions table found: looked on every sheet for a header row with Audit Name, Recommendation, Risk, Deadline and Signoff Date. Choose the table under Settings > Tables and columns.',
    );
    expect(refused.analysis.plan.table?.sheet).toBe('Audit Plan');
    expect(refused.analysis.findings.map((finding) => finding.rule)).toEqual(['missing-table']);
    expect(host.written).toEqual([]);
    expect(steps).toEqual(['reading', 'checking']);
  });

  it('names both tables when neither can be found', async () => {
    const host = new FakeWorkbookHost({ sheets: [{ name: 'Notes', originRow: 0, originColumn: 0, values: [['Minutes']], tables: [] }] });
    const error = await blocked(host);
    expect(error.message).toBe(
      "No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status. No actions table found: looked on every sheet for a header row with Audit Name, Recommendation, Risk, Deadline and Signoff Date. Choose the table under Settings > Tables and columns.",
    );
    expect(host.written).toEqual([]);
  });

  it('writes nothing when the Excel table the settings name has gone', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook());
    const error = await blocked(host, { ...SETTINGS, actions: { table: 'Actions2024' } });
    expect(error.message).toBe(
      "No actions table found: there is no Excel table named 'Actions2024' in this workbook. Choose the table under Settings > Tables and columns.",
    );
    expect(host.written).toEqual([]);
  });
});
