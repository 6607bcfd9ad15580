import { highlightRules } from './highlightRules';
import type { ActionField, LocatedTable } from './types';

function table(columns: LocatedTable<ActionField>['columns'], firstRow = 4, lastRow = 10): LocatedTable<ActionField> {
  return {
    kind: 'actions',
    sheet: 'Audit Actions',
    tableName: null,
    headerRow: firstRow - 1,
    firstRow,
    lastRow,
    firstColumn: 0,
    lastColumn: 5,
    columns,
    headers: {},
  };
}

test('marks overdue and due-soon rows from the deadline and sign-off cells, relative to the first data row', () => {
  expect(highlightRules(table({ audit: 0, recommendation: 1, risk: 2, deadline: 3, signoff: 4 }))).toEqual({
    range: 'A5:F11',
    overdueFormula: '=AND(N("jac")=0,LEN(TRIM($E5))=0,ISNUMBER($D5),$D5<TODAY())',
    dueSoonFormula: '=AND(N("jac")=0,LEN(TRIM($E5))=0,ISNUMBER($D5),$D5>=TODAY(),$D5<=TODAY()+30)',
  });
});

test('uses the revised deadline when that cell holds a date', () => {
  const rules = highlightRules(table({ audit: 0, deadline: 3, signoff: 4, revisedDeadline: 5 }));
  expect(rules?.overdueFormula).toBe('=AND(N("jac")=0,LEN(TRIM($E5))=0,ISNUMBER(IF(ISNUMBER($F5),$F5,$D5)),IF(ISNUMBER($F5),$F5,$D5)<TODAY())');
});

test('treats every action as open when the table has no sign-off column', () => {
  expect(highlightRules(table({ audit: 0, deadline: 3 }))?.overdueFormula).toBe('=AND(N("jac")=0,ISNUMBER($D5),$D5<TODAY())');
});

test('starts at the table’s first data row, wherever the table sits', () => {
  const rules = highlightRules({ ...table({ deadline: 8, signoff: 9 }, 20, 25), firstColumn: 6, lastColumn: 10 });
  expect(rules).toEqual({
    range: 'G21:K26',
    overdueFormula: '=AND(N("jac")=0,LEN(TRIM($J21))=0,ISNUMBER($I21),$I21<TODAY())',
    dueSoonFormula: '=AND(N("jac")=0,LEN(TRIM($J21))=0,ISNUMBER($I21),$I21>=TODAY(),$I21<=TODAY()+30)',
  });
});

test('gives nothing to mark without a deadline column or data rows', () => {
  expect(highlightRules(table({ audit: 0, signoff: 4 }))).toBeNull();
  expect(highlightRules(table({ audit: 0, deadline: 3 }, 4, 3))).toBeNull();
});

describe('with the tracker’s own words', () => {
  const words = { risk: [], actionStatus: [], closedStatuses: ['Implemented', 'Superseded', 'Say "done"'], completePercent: null };

  test('an action whose status is a closed word is not open, compared with OR of equalities', () => {
    const rules = highlightRules(table({ audit: 0, deadline: 3, signoff: 4, status: 5 }), words);
    expect(rules?.overdueFormula).toBe(
      '=AND(N("jac")=0,LEN(TRIM($E5))=0,NOT(OR(TRIM($F5)="Implemented",TRIM($F5)="Superseded",TRIM($F5)="Say ""done""")),ISNUMBER($D5),$D5<TODAY())',
    );
  });

  test('a percentage complete at or above 100% closes the action', () => {
    const rules = highlightRules(table({ audit: 0, deadline: 3, status: 5 }), { ...words, closedStatuses: [], completePercent: 1 });
    expect(rules?.overdueFormula).toBe('=AND(N("jac")=0,NOT(AND(ISNUMBER($F5),$F5>=1)),ISNUMBER($D5),$D5<TODAY())');
  });

  test('the deadline in force is the right-most revised column holding a date', () => {
    const located = { ...table({ audit: 0, deadline: 3, revisedDeadline: 4 }), repeated: { revisedDeadline: [4, 5] } };
    expect(highlightRules(located)?.overdueFormula).toBe(
      '=AND(N("jac")=0,ISNUMBER(IF(ISNUMBER($F5),$F5,IF(ISNUMBER($E5),$E5,$D5))),IF(ISNUMBER($F5),$F5,IF(ISNUMBER($E5),$E5,$D5))<TODAY())',
    );
  });

  test('keeps a long list of words well under Excel’s 8,192-character formula limit', () => {
    const many = Array.from({ length: 500 }, (_, i) => `Closed word number ${i}`);
    const rules = highlightRules(table({ audit: 0, deadline: 3, signoff: 4, status: 5 }), { ...words, closedStatuses: many });
    expect(rules!.overdueFormula.length).toBeLessThan(2400);
    expect(rules!.overdueFormula).toContain('TRIM($F5)="Closed word number 0"');
  });
});
