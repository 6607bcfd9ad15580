import { tableChoiceKey, withColumnChoice, withTableChoice } from './mapping';

describe('table choices', () => {
  it('round-trips tables and sheets whose names contain a colon', () => {
    expect(withTableChoice(tableChoiceKey({ table: 'Plan:2024' }))).toEqual({ table: 'Plan:2024' });
    expect(withTableChoice(tableChoiceKey({ sheet: 'Actions: live' }))).toEqual({ sheet: 'Actions: live' });
    expect(withTableChoice(tableChoiceKey(undefined))).toBeUndefined();
  });

  it('prefers the table name over the sheet, as the engine does', () => {
    expect(tableChoiceKey({ sheet: 'Actions', table: 'ActionTracker' })).toBe('table:ActionTracker');
  });
});

describe('withColumnChoice', () => {
  it('sets and removes one column without leaving empty parts behind', () => {
    const mapped = withColumnChoice(undefined, 'deadline', 'Due date');
    expect(mapped).toEqual({ columns: { deadline: 'Due date' } });
    expect(withColumnChoice(mapped, 'deadline', '')).toBeUndefined();
    expect(withColumnChoice({ sheet: 'Actions', columns: { risk: 'Priority' } }, 'risk', '')).toEqual({ sheet: 'Actions' });
  });
});
