import type { Finding } from '../../core/types';
import type { WorkbookOutline } from './paneState';
import { countFindings, tableToChoose } from './selectors';

function finding(severity: Finding['severity'], sheet: string, cell: string): Finding {
  return { severity, check: 'unknown-risk', cell, sheet, row: 0, column: 0, message: `${cell} message`, suggestion: null };
}

describe('countFindings', () => {
  it('counts errors and warnings, and none before the first check', () => {
    expect(countFindings([finding('error', 'A', 'A!A1'), finding('warning', 'A', 'A!A2'), finding('warning', 'B', 'B!A1')])).toEqual({
      errors: 1,
      warnings: 2,
    });
    expect(countFindings(null)).toEqual({ errors: 0, warnings: 0 });
  });
});

describe('tableToChoose', () => {
  const located = { plan: { headerTexts: [] }, actions: { headerTexts: [] } } as unknown as Pick<WorkbookOutline, 'plan' | 'actions'>;
  const outline = (plan: boolean, actions: boolean): WorkbookOutline => ({
    sheets: [],
    tables: [],
    plan: plan ? located.plan : null,
    actions: actions ? located.actions : null,
  });

  it('chooses the actions table when only the plan was found, and the plan otherwise', () => {
    expect([
      tableToChoose(outline(true, false)),
      tableToChoose(outline(false, true)),
      tableToChoose(outline(false, false)),
      tableToChoose(null),
    ]).toEqual(['actions', 'plan', 'plan', 'plan']);
  });
});
