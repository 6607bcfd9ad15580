import { resolveSettings } from './resolveSettings';

test('fills in defaults when nothing was stored', () => {
  expect(resolveSettings(null)).toEqual({ since: null, asOf: null, dataValidation: true });
  expect(resolveSettings({})).toEqual({ since: null, asOf: null, dataValidation: true });
});

test('accepts dates as YYYY-MM-DD or dd/mm/yyyy and keeps the mappings', () => {
  expect(
    resolveSettings({
      since: '24/07/2024',
      asOf: '2024-10-31',
      dataValidation: false,
      actions: { sheet: 'Audit Actions', columns: { signoff: 'Closed' } },
    }),
  ).toEqual({
    since: '2024-07-24',
    asOf: '2024-10-31',
    dataValidation: false,
    actions: { sheet: 'Audit Actions', columns: { signoff: 'Closed' } },
  });
});

test('drops malformed stored values rather than trusting them', () => {
  const stored = JSON.parse('{"since":"31/02/2024","asOf":45000,"dataValidation":"yes","plan":"Plan"}');
  expect(resolveSettings(stored)).toEqual({ since: null, asOf: null, dataValidation: true });
});
