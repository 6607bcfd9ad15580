import { leicestershireTwoProviders, northDevonStatusTracker } from '../../test/fixtures/realTrackers';
import { analyseWorkbook } from './analyseWorkbook';
import { resolveSettings } from './resolveSettings';
import { LIST_LIMIT, withinListLimit } from './trackerWords';
import type { VocabularyEntry, WorkbookCells } from './types';

function words(workbook: WorkbookCells, vocabulary?: VocabularyEntry[]) {
  return analyseWorkbook(workbook, { settings: resolveSettings({ asOf: '2024-09-23', vocabulary }), today: '2024-09-23' }).words;
}

test('gives the scales the tracker uses, its statuses open first, and the ones that close an action', () => {
  expect(words(northDevonStatusTracker())).toEqual({
    risk: ['High', 'Medium', 'Low'],
    actionStatus: ['In progress', 'Partially implemented', 'Not started', 'Outstanding', 'Awaiting verification', 'Implemented', 'Complete', 'Superseded', 'Risk accepted'],
    closedStatuses: ['Implemented', 'Superseded', 'Risk accepted', 'Complete', 'Awaiting verification'],
    completePercent: null,
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
