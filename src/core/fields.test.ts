import { ACTION_FIELDS, FIELD_SPECS, fieldLabel, fieldNoun, PLAN_FIELDS, tableNeeds } from './fields';
import { type FieldSpec } from './fieldSpec';
import { lookedFor } from './locateTables';

test('lists each table’s fields once, in the order the settings show them', () => {
  expect(PLAN_FIELDS).toEqual(['audit', 'plannedStart', 'status', 'opinion']);
  expect(ACTION_FIELDS).toEqual(['audit', 'ref', 'recommendation', 'risk', 'owner', 'deadline', 'revisedDeadline', 'signoff', 'status', 'response']);
});

test('what each table needs: a tracker needs something to identify the action, a deadline and a way to tell open from closed; a missing grade is a warning', () => {
  expect(tableNeeds('plan').map((need) => [need.fields, need.severity])).toEqual([
    [['audit'], 'error'],
    [['plannedStart'], 'warning'],
    [['status'], 'error'],
  ]);
  expect(tableNeeds('actions').map((need) => [need.fields, need.severity, need.what])).toEqual([
    [['audit', 'ref', 'recommendation'], 'error', 'that identifies each action'],
    [['risk'], 'warning', null],
    [['deadline'], 'error', null],
    [['signoff', 'status'], 'error', 'that says whether an action is closed'],
  ]);
  expect(lookedFor('actions')).toBe('Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status)');
});

test('a field both tables have is named the same in both, and findings name cells in words', () => {
  expect([fieldLabel('plan', 'audit'), fieldLabel('actions', 'audit')]).toEqual(['Audit Name', 'Audit Name']);
  expect([fieldNoun('actions', 'signoff'), fieldNoun('actions', 'revisedDeadline'), fieldNoun('plan', 'plannedStart')]).toEqual([
    'sign-off date',
    'revised deadline',
    'planned start',
  ]);
});

test('only the words columns take extra words, and each offers meanings', () => {
  const taking = (kind: 'plan' | 'actions') =>
    (FIELD_SPECS[kind] as readonly FieldSpec[]).filter((spec) => spec.meanings).map((spec) => [spec.id, spec.meanings!.map(([value]) => value)]);
  expect(taking('plan')).toEqual([
    ['status', ['not-started', 'planning', 'fieldwork', 'draft', 'final', 'deferred', 'cancelled']],
    ['opinion', ['substantial', 'reasonable', 'limited', 'no']],
  ]);
  expect(taking('actions')).toEqual([
    ['risk', ['critical', 'high', 'medium', 'low', 'advisory']],
    ['status', ['open', 'awaiting-verification', 'implemented', 'closed-without-implementation']],
  ]);
});
