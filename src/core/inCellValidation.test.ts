import { bromsgroveRevisedDates } from '@test/fixtures/realTrackers';
import { locateTables } from './locateTables';
import type { ActionField, LocatedTable, PlanField } from './types';
import { inCellValidation } from './inCellValidation';

const plan: LocatedTable<PlanField> = {
  kind: 'plan',
  sheet: 'Plan',
  tableName: null,
  headerRow: 0,
  firstRow: 1,
  lastRow: 16,
  firstColumn: 0,
  lastColumn: 2,
  columns: { audit: 0, plannedStart: 1, status: 2 },
  headers: {},
};

const actions: LocatedTable<ActionField> = {
  kind: 'actions',
  sheet: 'Audit Actions',
  tableName: 'Actions',
  headerRow: 3,
  firstRow: 4,
  lastRow: 10,
  firstColumn: 0,
  lastColumn: 5,
  columns: { audit: 0, recommendation: 1, risk: 2, deadline: 3, signoff: 4, revisedDeadline: 5 },
  headers: {},
};

test('lists statuses and risks and asks for dates on the date columns only', () => {
  expect(inCellValidation(plan, actions).map((rule) => [rule.sheet, rule.range, rule.field, rule.kind, rule.list])).toEqual([
    [
      'Plan',
      'C2:C17',
      'status',
      'list',
      [
        'Not started',
        'Planning',
        'Scope and timing agreed',
        'Fieldwork in progress',
        'Draft report issued',
        'Finalised - Substantial assurance',
        'Finalised - Reasonable assurance',
        'Finalised - Limited assurance',
        'Finalised - No assurance',
        'Deferred',
        'Cancelled',
      ],
    ],
    ['Audit Actions', 'C5:C11', 'risk', 'list', ['High', 'Medium', 'Low']],
    ['Audit Actions', 'D5:D11', 'deadline', 'date', null],
    ['Audit Actions', 'F5:F11', 'revisedDeadline', 'date', null],
    ['Audit Actions', 'E5:E11', 'signoff', 'date', null],
  ]);
});

test('keeps every list and message within Excel’s limits', () => {
  for (const rule of inCellValidation(plan, actions)) {
    if (rule.list) expect(rule.list.join(',').length).toBeLessThan(255);
    expect(rule.message.length).toBeLessThanOrEqual(225);
  }
});

test('writes no rules for missing tables, missing columns or tables without data rows', () => {
  expect(inCellValidation(null, null)).toEqual([]);
  expect(inCellValidation({ ...plan, columns: { audit: 0 } }, { ...actions, lastRow: 3 })).toEqual([]);
});

test('offers the grades of the scale the tracker uses and its own statuses, within Excel’s limits', () => {
  const words = {
    risk: ['Fundamental', 'Significant', 'Housekeeping'],
    actionStatus: ['Outstanding', 'Completed', 'Not adopted'],
    closedStatuses: [],
    completePercent: null,
  };
  const rules = inCellValidation(null, { ...actions, columns: { ...actions.columns, status: 6 }, lastColumn: 6 }, words);
  expect(rules.filter((rule) => rule.kind === 'list').map((rule) => [rule.range, rule.field, rule.list])).toEqual([
    ['C5:C11', 'risk', ['Fundamental', 'Significant', 'Housekeeping']],
    ['G5:G11', 'status', ['Outstanding', 'Completed', 'Not adopted']],
  ]);
  for (const rule of rules) expect(rule.message.length).toBeLessThanOrEqual(225);
});

test('asks for dates in every revised-deadline column', () => {
  const rules = inCellValidation(null, { ...actions, repeated: { revisedDeadline: [5, 7] }, lastColumn: 7 });
  expect(rules.filter((rule) => rule.kind === 'date').map((rule) => [rule.field, rule.range])).toEqual([
    ['deadline', 'D5:D11'],
    ['revisedDeadline', 'F5:F11'],
    ['revisedDeadline', 'H5:H11'],
    ['signoff', 'E5:E11'],
  ]);
});

test('gives each rule the header of its own column (regression: the second revised-date column was given the first one’s header)', () => {
  const workbook = bromsgroveRevisedDates();
  const located = locateTables(workbook, {});
  expect(inCellValidation(located.plan, located.actions).map((rule) => [rule.range, rule.field, rule.header])).toEqual([
    ['D2:D7', 'risk', 'Priority'],
    ['I2:I7', 'status', 'Status'],
    ['F2:F7', 'deadline', 'Target Completion Date'],
    ['G2:G7', 'revisedDeadline', 'Revised Target Completion Date'],
    ['H2:H7', 'revisedDeadline', 'Second Revised Date'],
  ]);
});

test('offers the plan’s own statuses in its list when the tracker words have them', () => {
  const words = {
    risk: [],
    actionStatus: [],
    closedStatuses: [],
    completePercent: null,
    planStatus: ['Not started', 'ToR agreed', 'Fieldwork underway'],
  };
  const [rule] = inCellValidation(plan, null, words);
  expect([rule.field, rule.header, rule.list]).toEqual(['status', '', ['Not started', 'ToR agreed', 'Fieldwork underway']]);
});
