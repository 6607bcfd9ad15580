import { actionRow, planRow } from '@test/core/rows';
import { seedActionRows, seedPlanRows } from '@test/core/seedRows';
import { buildSummary } from './buildSummary';
import { classifyActions } from './classifyActions';
import type { SummaryBlock, SummaryModel, SummaryTable } from './types';

const asOf = '2024-10-31';
const since = '2024-07-24';

function block(model: SummaryModel, id: SummaryBlock['id']): SummaryBlock {
  const found = model.blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}
const table = (model: SummaryModel, id: SummaryBlock['id']) => block(model, id) as SummaryTable;

describe('buildSummary on the seed paper', () => {
  const model = buildSummary(seedPlanRows(), classifyActions(seedActionRows(), asOf, since), asOf, since);

  test('has the blocks in the paper’s order', () => {
    expect(model.title).toBe('Joint Audit Committee: internal audit summary');
    expect(model.blocks.map((b) => b.id)).toEqual(['plan', 'plan-at-a-glance', 'signed-off-since', 'overdue', 'open-by-risk', 'narrative']);
  });

  test('reproduces the plan table as the seed shows it', () => {
    const plan = table(model, 'plan');
    expect(plan.columns.map((c) => [c.header, c.type, c.width])).toEqual([
      ['Audit', 'text', 37],
      ['Planned start', 'date', 15],
      ['Status', 'text', 41],
    ]);
    expect(plan.rows).toEqual([
      ['Budget Setting and Control', 'Complete', 'Finalised- Substantial assurance'],
      ['Covert Accounts', 'Complete', 'Finalised- Reasonable assurance'],
      ['Contract Management (Joint)', 'In progress', 'Draft report issued'],
      ['Estates Health and Safety', 'In progress', 'Draft report issued'],
      ['Follow Up', 'In progress', 'Scope and timing agreed'],
      ['Firearms Licensing', 'In progress', 'Scope and timing agreed'],
      ['Information Asset Ownership', { date: '2024-11-11' }, 'Scope and timing agreed'],
      ['Firearms (Special Property)', { date: '2024-12-06' }, 'Scope and timing agreed'],
      ['Capital Accounting and Fixed Assets', { date: '2024-12-11' }, 'Scope and timing agreed'],
      ['PFI/ Reporting to Home Office', 'Q2/3 TBC', 'Commissioned outside IA plan - planning'],
      ['Commissioning', { date: '2025-01-06' }, 'Scope and timing agreed'],
      ['Death Policy (Joint)', { date: '2025-01-20' }, 'Scope and timing agreed'],
      ['Project Benefits Tracking', 'In progress', 'Draft report issued'],
      ['Insurance', { date: '2025-02-12' }, 'Scope and timing agreed'],
      ['Proceeds of Crime Act (POCA)', { date: '2025-02-13' }, 'Scope and timing agreed'],
      ['Technology Optimisation (Joint)', 'Q4 TBC', 'Scope and timing agreed'],
    ]);
    expect(plan.sources?.slice(0, 2)).toEqual(['Plan!A2', 'Plan!A3']);
  });

  test('counts the plan at a glance', () => {
    const glance = table(model, 'plan-at-a-glance');
    expect(glance.columns.map((c) => [c.header, c.type])).toEqual([
      ['Measure', 'text'],
      ['Audits', 'number'],
      ['Share of plan', 'percent'],
    ]);
    expect(glance.rows).toEqual([
      ['Final report issued', 2, 0.125],
      ['Draft report', 3, 0.1875],
      ['Planning', 11, 0.6875],
      ['Total audits', 16, 1],
      ['Opinion issued: Substantial', 1, null],
      ['Opinion issued: Reasonable', 1, null],
      ['Plan delivered', 2, 0.125],
    ]);
  });

  test('lists the seven actions signed off since the previous meeting, in sign-off order', () => {
    const signed = table(model, 'signed-off-since');
    expect(signed.title).toBe('Actions signed off since the previous meeting (24/07/2024)');
    expect(signed.columns.map((c) => c.header)).toEqual(['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date']);
    expect(signed.rows).toEqual([
      ['Firearms and Tasers', '1', 'Medium', { date: '2024-10-30' }, { date: '2024-08-14' }],
      ['Procurement under £60K', '1', 'Low', { date: '2024-07-30' }, { date: '2024-08-20' }],
      ['Procurement under £60K', '3', 'Low', { date: '2024-07-30' }, { date: '2024-08-20' }],
      ['Procurement under £60K', '6', 'Medium', { date: '2024-07-30' }, { date: '2024-08-20' }],
      ['Grants and Commissioning', '5 & 6', 'Low', { date: '2024-06-30' }, { date: '2024-08-27' }],
      ['Counter Fraud Framework Review', '1', 'Low', { date: '2023-12-30' }, { date: '2024-08-27' }],
      ['Procurement under £60K', '4', 'Medium', { date: '2024-08-31' }, { date: '2024-08-27' }],
    ]);
  });

  test('says so when nothing is overdue or open', () => {
    expect(table(model, 'overdue')).toMatchObject({ rows: [], emptyText: 'No actions are overdue.' });
    expect(table(model, 'open-by-risk')).toMatchObject({ rows: [], emptyText: 'There are no open actions.' });
  });

  test('writes the narrative from the numbers', () => {
    expect(block(model, 'narrative')).toEqual({
      kind: 'paragraph',
      id: 'narrative',
      title: 'Summary',
      text:
        'The internal audit plan contains 16 audits: 2 are finalised (1 with substantial and 1 with reasonable assurance), ' +
        '3 are at draft report stage and 11 are being planned. Final reports have been issued for 13% of the plan. ' +
        'The action tracker holds 7 actions, none of them open. ' +
        '7 actions were signed off between the previous meeting on 24/07/2024 and 31/10/2024. No actions are overdue.',
    });
  });
});

describe('buildSummary with open actions', () => {
  const actions = classifyActions(
    [
      actionRow({ row: 1, audit: 'Payroll', recommendation: '1', risk: 'Low', deadline: '2024-06-30' }),
      actionRow({ row: 2, audit: 'Payroll', recommendation: '2', risk: 'High', deadline: '2024-09-30' }),
      actionRow({ row: 3, audit: 'Estates', recommendation: '1', risk: 'High', deadline: '2024-08-31' }),
      actionRow({ row: 4, audit: 'Estates', recommendation: '2', risk: 'Meduim', deadline: '2024-10-01' }),
      actionRow({ row: 5, audit: 'Fleet', recommendation: '1', risk: 'Medium', deadline: '2024-11-15' }),
      actionRow({ row: 6, audit: 'Fleet', recommendation: '2', risk: 'Medium', deadline: '2025-03-31' }),
      actionRow({ row: 7, audit: 'Fleet', recommendation: '3', risk: 'Low', deadline: { kind: 'placeholder', text: 'TBC' } }),
      actionRow({ row: 8, audit: 'Fleet', recommendation: '4', risk: 'Low', deadline: '2024-05-31', signoff: '2024-10-01' }),
      actionRow({ row: 9, audit: 'Payroll', recommendation: '3', risk: 'High', deadline: '2024-11-30', revised: '2024-10-15' }),
    ],
    asOf,
    since,
  );
  const model = buildSummary([planRow({ row: 1, status: 'Fieldwork in progress' })], actions, asOf, since);

  test('lists overdue actions highest risk first, then oldest deadline, with days overdue', () => {
    const overdue = table(model, 'overdue');
    // Payroll 3's deadline was moved (brought forward): where it started is shown, as committees challenge moves.
    expect(overdue.columns.map((c) => c.header)).toEqual([
      'Audit Name',
      'Recommendation',
      'Risk',
      'Deadline',
      'Original deadline',
      'Times revised',
      'Days overdue',
    ]);
    expect(overdue.rows).toEqual([
      ['Estates', '1', 'High', { date: '2024-08-31' }, null, 0, 61],
      ['Payroll', '2', 'High', { date: '2024-09-30' }, null, 0, 31],
      ['Payroll', '3', 'High', { date: '2024-10-15' }, { date: '2024-11-30' }, 1, 16],
      ['Payroll', '1', 'Low', { date: '2024-06-30' }, null, 0, 123],
      ['Estates', '2', 'Meduim', { date: '2024-10-01' }, null, 0, 30],
    ]);
    expect(overdue.tones).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'overdue']);
    expect(overdue.sources).toEqual(['Actions!A4', 'Actions!A3', 'Actions!A10', 'Actions!A2', 'Actions!A5']);
  });

  test('counts open actions by risk, with a No deadline column when one has no date', () => {
    const byRisk = table(model, 'open-by-risk');
    expect(byRisk.columns.map((c) => c.header)).toEqual(['Risk', 'Overdue', 'Due within 30 days', 'Not yet due', 'No deadline', 'Total']);
    expect(byRisk.rows).toEqual([
      ['High', 3, 0, 0, 0, 3],
      ['Medium', 0, 1, 1, 0, 2],
      ['Low', 1, 0, 0, 1, 2],
      ['Not graded', 1, 0, 0, 0, 1],
      ['Total', 5, 1, 1, 1, 8],
    ]);
  });

  test('writes the overdue part of the narrative by risk and makes no claim about plans', () => {
    const text = (block(model, 'narrative') as { text: string }).text;
    expect(text).toBe(
      'The internal audit plan contains 1 audit: 1 is in fieldwork. Final reports have been issued for 0% of the plan. ' +
        'The action tracker holds 9 actions, 8 of them open. ' +
        '1 action was signed off between the previous meeting on 24/07/2024 and 31/10/2024. ' +
        '5 actions are overdue (3 high risk, 1 low risk and 1 not graded). 1 more falls due within the next 30 days.',
    );
  });
});

describe('buildSummary without a previous meeting date or any rows', () => {
  const model = buildSummary([], [], asOf, null);

  test('explains why the signed-off table is empty', () => {
    expect(table(model, 'signed-off-since')).toMatchObject({
      title: 'Actions signed off since the previous meeting',
      rows: [],
      emptyText: 'Set the previous meeting date to list actions signed off since then.',
    });
  });

  test('gives every table its empty text and a plain narrative', () => {
    expect(model.blocks.filter((b): b is SummaryTable => b.kind === 'table').map((t) => [t.id, t.rows.length, t.emptyText])).toEqual([
      ['plan', 0, 'No audits were found in the internal audit plan.'],
      ['plan-at-a-glance', 0, 'No audits were found in the internal audit plan.'],
      ['signed-off-since', 0, 'Set the previous meeting date to list actions signed off since then.'],
      ['overdue', 0, 'No actions are overdue.'],
      ['open-by-risk', 0, 'There are no open actions.'],
    ]);
    expect((block(model, 'narrative') as { text: string }).text).toBe(
      'No audits were found in the internal audit plan. No actions were found in the audit action tracker.',
    );
  });
});

describe('buildSummary plan at a glance with other stages', () => {
  test('leaves cancelled and deferred audits out of the share delivered, and counts opinions per word', () => {
    const plan = [
      planRow({ row: 1, status: 'Final report - Good assurance' }),
      planRow({ row: 2, status: 'Final', opinion: 'Limited' }),
      planRow({ row: 3, status: 'Final', opinion: 'good' }),
      planRow({ row: 4, status: 'Complete' }),
      planRow({ row: 5, status: 'Cancelled' }),
      planRow({ row: 6, status: 'Deferred to the 2025/26 plan' }),
      planRow({ row: 7, status: 'Awaiting the auditors' }),
      planRow({ row: 8, status: 'Not started' }),
    ];
    const model = buildSummary(plan, [], asOf, since);
    expect(table(model, 'plan-at-a-glance').rows).toEqual([
      ['Final report issued', 4, 0.5],
      ['Not started', 1, 0.125],
      ['Deferred', 1, 0.125],
      ['Cancelled', 1, 0.125],
      ['Status not recognised', 1, 0.125],
      ['Total audits', 8, 1],
      ['Opinion issued: Good', 2, null],
      ['Opinion issued: Limited', 1, null],
      ['Plan delivered (excluding cancelled and deferred audits)', 4, 0.6666666666666666],
    ]);
    expect((block(model, 'narrative') as { text: string }).text).toBe(
      'The internal audit plan contains 8 audits: 4 are finalised (2 with good and 1 with limited assurance; 1 with no opinion recorded), ' +
        '1 has not started, 1 has been deferred, 1 has been cancelled and 1 has a status the summary does not recognise. ' +
        'Final reports have been issued for 67% of the plan, leaving aside cancelled and deferred audits. ' +
        'No actions were found in the audit action tracker.',
    );
  });
});
