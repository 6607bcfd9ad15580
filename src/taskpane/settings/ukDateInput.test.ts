import { readUkDateInput } from './ukDateInput';

describe('readUkDateInput', () => {
  it('reads a UK date day first', () => {
    expect(readUkDateInput(' 31/12/2024 ')).toEqual({ kind: 'date', date: '2024-12-31' });
    expect(readUkDateInput('01/02/2024')).toEqual({ kind: 'date', date: '2024-02-01' });
  });

  it('refuses a US-style date and says what the user probably meant', () => {
    expect(readUkDateInput('12/31/2024')).toEqual({
      kind: 'rejected',
      message: '12/31/2024 puts the month first. Type the day first, as dd/mm/yyyy: 31/12/2024.',
    });
  });

  it('says why a date cannot exist', () => {
    expect(readUkDateInput('30/02/2024')).toEqual({
      kind: 'rejected',
      message: '30/02/2024 is not a real date: February 2024 has 29 days.',
    });
  });

  it('asks for dd/mm/yyyy when the text is not a date at all', () => {
    expect(readUkDateInput('next Tuesday')).toEqual({
      kind: 'rejected',
      message: 'Type the date as dd/mm/yyyy, for example 24/07/2024.',
    });
  });
});
