import { grid } from '@test/fixtures/grid';
import { leicestershireTwoProviders, northDevonStatusTracker } from '@test/fixtures/realTrackers';
import { analyseWorkbook } from './analyseWorkbook';
import { resolveSettings } from './resolveSettings';
import { LIST_LIMIT, withinListLimit } from './trackerWords';
import type { VocabularyEntry, WorkbookCells } from './types';
import { PLAN_STATUSES_OFFERED } from './vocabulary';

function words(workbook: WorkbookCells, vocabulary?: VocabularyEntry[]) {
  return analyseWorkbook(workbook, { settings: resolveSettings({ asOf: '2024-09-23', vocabulary }), today: '2024-09-23' }).words;
}

test('gives the scales the tracker uses, its statuses open first, and the ones that close an action', () => {
  expect(words(northDevonStatusTracker())).toEqual({
    risk: ['High', 'Medium', 'Low'],
    actionStatus: [
      'In progress',
      'Partially implemented',
      'Not started',
      'Outstanding',
      'Awaiting verification',
      'Implemented',
      'Complete',
      'Superseded',
      'Risk accepted',
    ],
    closedStatuses: ['Implemented', 'Superseded', 'Risk accepted', 'Complete', 'Awaiting verification'],
    completePercent: null,
    // The plan's own statuses by stage, and the standard word of each stage it has none for.
    planStatus: [
      'Scheduled',
      'Planning',
      'Scope and timing agreed',
      'Fieldwork',
      'Draft report issued',
      'Final report issued',
      'Deferred',
      'Cancelled',
    ],
  });
  expect(words(leicestershireTwoProviders())?.risk).toEqual(['High', 'Medium', 'Low', 'Advisory', 'Fundamental', 'Significant', 'Housekeeping']);
});

test('adds the user’s words that close an action, and notes a percentage column’s scale', () => {
  const workbook = northDevonStatusTracker();
  const tracker = workbook.sheets[1];
  tracker.values[3][7] = 1;
  tracker.numberFormats![3][7] = '0%';
  const found = words(workbook, [{ table: 'actions', field: 'status', word: 'Green', means: 'implemented' }]);
  expect(found?.closedStatuses.at(-1)).toBe('Green');
  expect(found?.completePercent).toBe(1);
});

test('keeps an in-cell list under Excel’s 255 characters', () => {
  const long = Array.from({ length: 40 }, (_, i) => `Status word ${i}`);
  expect(withinListLimit(long).join(',').length).toBeLessThan(LIST_LIMIT);
  expect(withinListLimit(['High', 'Medium'])).toEqual(['High', 'Medium']);
});

test('offers the plan’s own recognised statuses, most used first within a stage, leaving out misspelt ones and those naming a day', () => {
  const plan = grid('Plan', [
    ['Audit', 'Planned start', 'Status'],
    ['Payroll', 'Q1', 'Finalised- Substantial assurance'],
    ['Creditors', 'Q1', 'Finalised- Reasonable assurance'],
    ['Debtors', 'Q2', 'Finalised- Reasonable assurance'],
    ['Fleet', 'Q2', 'Draft report issued 1 November 2024'],
    ['Estates', 'Q3', 'Fieldwork underway'],
    ['Cyber', 'Q3', 'Finalsed - Limited assurance'],
    ['Vetting', 'Q4', 'Banana'],
    ['Seized Cash', 'Q4', 'ToR agreed'],
  ]);
  expect(words({ sheets: [plan] })?.planStatus).toEqual([
    'Not started',
    'ToR agreed',
    'Fieldwork underway',
    'Draft report issued',
    'Finalised- Reasonable assurance',
    'Finalised- Substantial assurance',
    'Deferred',
    'Cancelled',
  ]);
});

test('offers the standard statuses when the plan uses none the engine recognises, and none at all without a plan', () => {
  const plan = grid('Plan', [
    ['Audit', 'Planned start', 'Status'],
    ['Payroll', 'Q1', 'Banana'],
  ]);
  expect(words({ sheets: [plan] })?.planStatus).toEqual([...PLAN_STATUSES_OFFERED]);
  expect(words({ sheets: [northDevonStatusTracker().sheets[1]] })?.planStatus).toBeUndefined();
});
