import { grid } from '@test/fixtures/grid';
import { subHeaderTexts } from './subHeaders';
import type { CellValue } from './types';

const KNOWN = new Set(['original target date', 'revised', 'target date', 'latest deadline', 'deadline']);
const known = (text: string) => KNOWN.has(text.toLowerCase());

/** Row 0 is the header; the row below is the one asked about. Columns: Ref, Action, Target date (merged over two), Status. */
function sheetWith(below: CellValue[]) {
  return grid('Actions', [['Ref', 'Action', 'Target date', '', 'Status'], below]);
}

describe('subHeaderTexts', () => {
  test('joins the words under a merged group with the group’s header, each read the way it is known', () => {
    expect(subHeaderTexts(sheetWith(['', '', 'Original', 'Revised', '']), 0, 0, 4, [0], known)).toEqual(
      new Map([
        [2, 'Original Target date'],
        [3, 'Revised'],
      ]),
    );
  });

  test('leaves the group’s own column its header when its word says nothing known, and a later column none', () => {
    const sheet = grid('Plan', [
      ['Audit', 'Deadline', '', 'Status'],
      ['', 'Planned', 'Actual', ''],
    ]);
    expect(subHeaderTexts(sheet, 0, 0, 3, [0], known)).toEqual(new Map([[1, 'Deadline']]));
  });

  test('takes a first action for data: its reference is filled in', () => {
    expect(subHeaderTexts(sheetWith(['1', '', 'Original', 'Revised', '']), 0, 0, 4, [0], known)).toBeNull();
  });

  test('takes a row with a date or a number for data, even with its reference blank', () => {
    expect(subHeaderTexts(sheetWith(['', '', 'Original', '31/03/2025', '']), 0, 0, 4, [0], known)).toBeNull();
    expect(subHeaderTexts(sheetWith(['', '', 'Original', 45747, '']), 0, 0, 4, [0], known)).toBeNull();
  });

  test('takes words under single headers for data (an action with no reference), not a second header row', () => {
    expect(subHeaderTexts(sheetWith(['', 'Reconcile monthly', '', '', 'Open']), 0, 0, 4, [0], known)).toBeNull();
  });

  test('needs two words: one word under a group may be an action’s status', () => {
    expect(subHeaderTexts(sheetWith(['', '', '', 'Revised', '']), 0, 0, 4, [0], known)).toBeNull();
  });

  test('says nothing of a row that is not there', () => {
    expect(subHeaderTexts(grid('Actions', [['Ref', 'Action', 'Target date', '', 'Status']]), 0, 0, 4, [0], known)).toBeNull();
  });
});
