import fc from 'fast-check';
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

  it('gives the same groups in the same order whatever order the findings come in (the pane and the report agree)', () => {
    const findings: Finding[] = [
      { ...finding('warning', 'Plan', 'Plan!B7'), row: 6, column: 1 },
      { ...finding('error', 'Plan', 'Plan!C3'), row: 2, column: 2 },
      { ...finding('warning', 'Actions', 'Actions!A2'), row: 1, column: 0 },
      { ...finding('error', 'Actions', 'Actions!D9'), row: 8, column: 3 },
      { ...finding('error', 'Actions', 'Actions!D4'), row: 3, column: 3 },
      { ...finding('warning', 'Notes', 'Notes!A1'), row: 0, column: 0 },
    ];
    const expected = [
      ['Actions', ['Actions!D4', 'Actions!D9', 'Actions!A2']],
      ['Plan', ['Plan!C3', 'Plan!B7']],
      ['Notes', ['Notes!A1']],
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(findings, { minLength: findings.length }), (shuffled) => {
        const groups = groupFindings(shuffled);
        expect(groups.map((group) => [group.sheet, group.findings.map((f) => f.cell)])).toEqual(expected);
      }),
    );
  });
});
