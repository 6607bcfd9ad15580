/** The rules about an action's status: misspelt, unknown, or contradicted by its closing date. */
import { actionRow, planRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import type { CheckContext } from './checkContext';
import { misspeltStatus } from './misspeltStatus';
import { signoffInFuture } from './signoffInFuture';
import { statusContradictsDate } from './statusContradictsDate';
import { statusSaysNotDue } from './statusSaysNotDue';
import { unknownActionStatus } from './unknownActionStatus';

const asOf = '2024-10-31';
const context = (...specs: Parameters<typeof actionRow>[0][]): CheckContext => ({
  plan: [],
  actions: classifyActions(specs.map(actionRow), asOf, null),
  asOf,
});

describe('misspelt-status', () => {
  test('offers the corrected wording of a misspelt action status, which is read as meant', () => {
    expect(misspeltStatus.check(context({ row: 4, audit: 'Payroll', recommendation: '2', status: 'Implemnted', deadline: '2024-06-30' }))).toEqual([
      {
        severity: 'warning',
        check: 'misspelt-status',
        cell: 'Actions!G5',
        sheet: 'Actions',
        row: 4,
        column: 6,
        message: 'The status "Implemnted" of Payroll recommendation 2 looks misspelt; it is read as implemented.',
        suggestion: 'Change it to "Implemented".',
      },
    ]);
  });

  test('offers the corrected wording of a misspelt plan status, naming the stage it is read as (regression: "Finalsed" was printed in the paper without a word)', () => {
    const plan = [planRow({ row: 6, audit: 'Estates', status: 'Finalsed - Reasonable assurance' })];
    expect(misspeltStatus.check({ plan, actions: [], asOf })).toEqual([
      {
        severity: 'warning',
        check: 'misspelt-status',
        cell: 'Plan!C7',
        sheet: 'Plan',
        row: 6,
        column: 2,
        message: 'The status "Finalsed - Reasonable assurance" for Estates looks misspelt; it is read as "Final report issued".',
        suggestion: 'Change it to "Finalised - Reasonable assurance".',
      },
    ]);
  });

  test('leaves correct and unknown statuses alone', () => {
    expect(misspeltStatus.check(context({ row: 4, status: 'Implemented' }, { row: 5, status: 'With finance' }))).toEqual([]);
  });
});

describe('unknown-action-status', () => {
  test('says the closing date decides, and how the action was counted', () => {
    const found = unknownActionStatus.check(
      context(
        { row: 4, audit: 'Fleet', recommendation: '1', status: 'With finance', deadline: '2024-06-30' },
        { row: 5, audit: 'Fleet', recommendation: '2', status: 'Green', signoff: '2024-08-01' },
      ),
    );
    expect(found.map((f) => [f.cell, f.message, f.suggestion])).toEqual([
      [
        'Actions!G5',
        'The status "With finance" of Fleet recommendation 1 is not one the summary recognises, so the action is counted as open from its sign-off date alone.',
        'Use a status such as In progress, Implemented or Superseded, or add "With finance" to the vocabulary in Settings > Tables and columns.',
      ],
      [
        'Actions!G6',
        'The status "Green" of Fleet recommendation 2 is not one the summary recognises, so the action is counted as closed from its sign-off date alone.',
        'Use a status such as In progress, Implemented or Superseded, or add "Green" to the vocabulary in Settings > Tables and columns.',
      ],
    ]);
  });

  test('leaves blank, known and misspelt statuses to other rules', () => {
    expect(unknownActionStatus.check(context({ row: 4, status: '' }, { row: 5, status: 'Outstanding' }, { row: 6, status: 'Implemnted' }))).toEqual(
      [],
    );
  });
});

describe('status-contradicts-date', () => {
  test('points at the status when a closing date says done and the status says open, naming both cells', () => {
    expect(
      statusContradictsDate.check(
        context({ row: 4, audit: 'Cyber', recommendation: '3', status: 'Partially implemented', deadline: '2024-06-30', signoff: '2024-09-01' }),
      ),
    ).toEqual([
      {
        severity: 'warning',
        check: 'status-contradicts-date',
        cell: 'Actions!G5',
        sheet: 'Actions',
        row: 4,
        column: 6,
        message:
          'Cyber recommendation 3 has a closing date (01/09/2024 in E5) but its status "Partially implemented" says it is still open; it is counted as closed.',
        suggestion: 'Update the status in G5 if the action is done, or clear the date in E5 if it is not.',
      },
    ]);
  });

  test('leaves a closing date after the paper to signoff-in-future, and agreeing cells alone', () => {
    const found = statusContradictsDate.check(
      context(
        { row: 4, status: 'In progress', signoff: '2024-12-01' },
        { row: 5, status: 'Implemented', signoff: '2024-09-01' },
        { row: 6, status: 'In progress', signoff: { kind: 'placeholder', text: 'TBC' } },
        { row: 7, status: 'In progress' },
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('signoff-in-future with a status', () => {
  test('says the date is the cell to fix when the status says the action is closed', () => {
    const [found] = signoffInFuture.check(context({ row: 4, status: 'Implemented', signoff: '2025-09-01' }));
    expect([found.cell, found.message, found.suggestion]).toEqual([
      'Actions!E5',
      'The sign-off date 01/09/2025 is after the date of this paper, 31/10/2024, but the status "Implemented" says the action is closed, so the date is probably mistyped.',
      'Correct the date in E5.',
    ]);
  });

  test('keeps its usual advice when the tracker has no status to go by', () => {
    const [found] = signoffInFuture.check(context({ row: 4, signoff: '2025-09-01' }));
    expect(found.suggestion).toBe('Correct the sign-off date, or clear it until the action has been signed off.');
  });
});

describe('status-says-not-due', () => {
  test('points at a status that says "Not yet due" beside a deadline that has passed, with how late the action is', () => {
    expect(statusSaysNotDue.check(context({ row: 8, audit: 'Fleet', recommendation: '4', status: 'Not yet due', deadline: '2024-08-31' }))).toEqual([
      {
        severity: 'warning',
        check: 'status-says-not-due',
        cell: 'Actions!G9',
        sheet: 'Actions',
        row: 8,
        column: 6,
        message:
          'Fleet recommendation 4 has the status "Not yet due", but its deadline, 31/08/2024, has passed; it is counted as overdue by 61 days.',
        suggestion: "Update the status in G9, or enter the revised date that was agreed in the tracker's revised deadline column.",
      },
    ]);
  });

  test('says nothing of "On track" within the deadline, of a revised deadline not yet reached, or of a closed action', () => {
    const found = statusSaysNotDue.check(
      context(
        { row: 4, status: 'On track', deadline: '2024-11-30' },
        { row: 5, status: 'On track', deadline: '2024-06-30', revised: '2024-12-31' },
        { row: 6, status: 'Implemented', deadline: '2024-06-30' },
        { row: 7, status: 'In progress', deadline: '2024-06-30' },
      ),
    );
    expect(found).toEqual([]);
  });
});
