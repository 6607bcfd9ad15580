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
  expect(rules?.overdueFormula).toBe(
    '=AND(N("jac")=0,LEN(TRIM($E5))=0,ISNUMBER(IF(ISNUMBER($F5),$F5,$D5)),IF(ISNUMBER($F5),$F5,$D5)<TODAY())',
  );
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
