import { resolveSettings } from './resolveSettings';

test('fills in defaults when nothing was stored', () => {
  expect(resolveSettings(null)).toEqual({ since: null, asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false });
  expect(resolveSettings({})).toEqual({ since: null, asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false });
});

test('accepts dates as YYYY-MM-DD or dd/mm/yyyy and keeps the mappings', () => {
  expect(
    resolveSettings({
      since: '24/07/2024',
      asOf: '2024-10-31',
      dataValidation: false,
      checkWhileEditing: false,
      actions: { sheet: 'Audit Actions', columns: { signoff: 'Closed' } },
    }),
  ).toEqual({
    since: '2024-07-24',
    asOf: '2024-10-31',
    dataValidation: false,
    checkWhileEditing: false,
    startWithWorkbook: false,
    actions: { sheet: 'Audit Actions', columns: { signoff: 'Closed' } },
  });
});

test('settings saved before checking while editing could be switched off get it on, whatever data validation says', () => {
  const savedByAnOlderVersion = JSON.parse('{"since":"2024-07-24","asOf":null,"dataValidation":false}');
  expect(resolveSettings(savedByAnOlderVersion)).toEqual({
    since: '2024-07-24',
    asOf: null,
    dataValidation: false,
    checkWhileEditing: true,
    startWithWorkbook: false,
  });
});

test('drops malformed stored values rather than trusting them', () => {
  const stored = JSON.parse('{"since":"31/02/2024","asOf":45000,"dataValidation":"yes","checkWhileEditing":"no","plan":"Plan"}');
  expect(resolveSettings(stored)).toEqual({ since: null, asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false });
});

test('starts with the workbook only when that was explicitly saved, never because checking while editing is on', () => {
  expect(resolveSettings({ checkWhileEditing: true }).startWithWorkbook).toBe(false);
  expect(resolveSettings({ startWithWorkbook: true }).startWithWorkbook).toBe(true);
  expect(resolveSettings(JSON.parse('{"startWithWorkbook":"yes"}')).startWithWorkbook).toBe(false);
});

test('keeps the committee’s rules on revised deadlines when they are whole numbers, and leaves them out otherwise', () => {
  expect(resolveSettings({ mostRevisions: 2, longestExtensionDays: 180 })).toEqual({
    since: null,
    asOf: null,
    dataValidation: true,
    checkWhileEditing: true,
    startWithWorkbook: false,
    mostRevisions: 2,
    longestExtensionDays: 180,
  });
  const stored = JSON.parse('{"mostRevisions":-1,"longestExtensionDays":"six months"}');
  expect(resolveSettings(stored)).toEqual({ since: null, asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false });
  expect(resolveSettings({ mostRevisions: 0, longestExtensionDays: null })).toEqual({
    since: null,
    asOf: null,
    dataValidation: true,
    checkWhileEditing: true,
    startWithWorkbook: false,
    mostRevisions: 0,
  });
});

test('keeps the well-formed entries of the user’s vocabulary and drops the rest', () => {
  const settings = resolveSettings({
    vocabulary: [
      { table: 'actions', field: 'status', word: ' Closed - verified ', means: 'implemented' },
      { table: 'actions', field: 'risk', word: 'Amber', means: 'purple' },
      'Green',
      null,
    ] as never,
  });
  expect(settings.vocabulary).toEqual([{ table: 'actions', field: 'status', word: 'Closed - verified', means: 'implemented' }]);
  expect(resolveSettings({ vocabulary: 'nonsense' as never }).vocabulary).toBeUndefined();
});
