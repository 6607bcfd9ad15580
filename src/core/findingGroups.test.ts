import { groupFindings } from './findingGroups';
import type { Finding } from './types';

function finding(severity: Finding['severity'], sheet: string, cell: string): Finding {
  return { severity, check: 'unknown-risk', cell, sheet, row: 0, column: 0, message: `${cell} message`, suggestion: null };
}

describe('groupFindings', () => {
  it('groups by sheet with sheets that have errors first and errors before warnings within a sheet', () => {
    const planWarning = finding('warning', 'Plan', 'Plan!C3');
    const actionsWarning = finding('warning', 'Actions', 'Actions!C2');
    const actionsError = finding('error', 'Actions', 'Actions!D4');
    const groups = groupFindings([planWarning, actionsWarning, actionsError]);
    expect(groups.map((group) => [group.sheet, group.findings.map((f) => f.cell)])).toEqual([
      ['Actions', ['Actions!D4', 'Actions!C2']],
      ['Plan', ['Plan!C3']],
    ]);
  });

  it('keeps sheets named like object properties apart', () => {
    const groups = groupFindings([finding('error', '__proto__', "'__proto__'!A1"), finding('error', 'toString', 'toString!A1')]);
    expect(groups.map((group) => group.sheet)).toEqual(['__proto__', 'toString']);
  });
});
