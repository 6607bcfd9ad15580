import type { ConditionalFormat } from '../file/ooxml/readSheet';
import { hasTodayRules } from './conditionalFormats';

function rule(sqref: string, formula: string): ConditionalFormat[] {
  return [{ sqref, rules: [{ type: 'expression', formulas: [formula], dxfId: 0, priority: 1 }] }];
}

describe('hasTodayRules', () => {
  it('finds a TODAY() rule over the table data rows', () => {
    expect(hasTodayRules(rule('A2:E8', 'AND($E2="",$D2<TODAY())'), 1, 7)).toBe(true);
  });

  it('ignores rules that do not use TODAY() or lie outside the table', () => {
    expect(hasTodayRules(rule('A2:E8', '$C2="High"'), 1, 7)).toBe(false);
    expect(hasTodayRules(rule('A20:E28', 'AND($E20="",$D20<TODAY())'), 1, 7)).toBe(false);
  });

  it('sees nothing on a sheet without conditional formats', () => {
    expect(hasTodayRules([], 1, 7)).toBe(false);
  });
});
