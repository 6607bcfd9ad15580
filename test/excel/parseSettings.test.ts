import { parseSettings } from '../../src/excel/settings';

describe('parseSettings keeps the user’s own words', () => {
  test('reads them back as saved, entry by entry, dropping only a bad one', () => {
    const stored = JSON.stringify({
      since: '2024-07-24',
      vocabulary: [
        { table: 'actions', field: 'status', word: 'Closed - verified', means: 'implemented' },
        { table: 'actions', field: 'status', word: 'Green', means: 'finished' },
        { table: 'plan', field: 'opinion', word: 'Sound', means: 'reasonable' },
      ],
    });
    expect(parseSettings(stored)).toEqual({
      since: '2024-07-24',
      vocabulary: [
        { table: 'actions', field: 'status', word: 'Closed - verified', means: 'implemented' },
        { table: 'plan', field: 'opinion', word: 'Sound', means: 'reasonable' },
      ],
    });
  });

  test('settings saved before there were words have none', () => {
    expect(parseSettings('{"since": "2024-07-24"}')).toEqual({ since: '2024-07-24' });
    expect(parseSettings('{"vocabulary": "Green"}')).toEqual({});
  });
});
