import { parseTypedInput } from './typedInput';

describe('parseTypedInput stores what a person types as a UK Excel would', () => {
  it.each([
    ['14/08/2024', { value: 45518, numberFormat: 'dd/mm/yyyy' }],
    ['06/12/24', { value: 45632, numberFormat: 'dd/mm/yyyy' }],
    // Excel's typing window for two-digit years: 29 is 2029, 30 is 1930 (not the engine's reading of text, 00-79).
    ['01/01/29', { value: 47119, numberFormat: 'dd/mm/yyyy' }],
    ['01/01/30', { value: 10959, numberFormat: 'dd/mm/yyyy' }],
    ['29/02/1900', { value: 60, numberFormat: 'dd/mm/yyyy' }],
    ['2024-10-30', { value: 45595, numberFormat: 'dd/mm/yyyy' }],
    ['30/02/2024', { value: '30/02/2024', numberFormat: null }],
    ['12/31/2024', { value: '12/31/2024', numberFormat: null }],
    ['3', { value: 3, numberFormat: null }],
    ['1,250.5', { value: 1250.5, numberFormat: null }],
    ['5 & 6', { value: '5 & 6', numberFormat: null }],
    ["'3", { value: '3', numberFormat: null }],
    ['true', { value: true, numberFormat: null }],
    ['=SUM(A1:A3)', { value: '=SUM(A1:A3)', numberFormat: null }],
    ['', { value: null, numberFormat: null }],
  ])('%s', (typed, expected) => {
    expect(parseTypedInput(typed)).toEqual(expected);
  });
});
