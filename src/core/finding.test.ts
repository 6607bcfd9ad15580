import fc from 'fast-check';
import { compareFindings, sortFindings } from './finding';
import type { CheckId, Finding } from './types';

function at(severity: Finding['severity'], sheet: string, row: number, column: number, check: CheckId = 'unknown-risk', message = ''): Finding {
  return { severity, check, cell: `${sheet}!?`, sheet, row, column, message, suggestion: null };
}

describe('sortFindings', () => {
  test('puts errors first, then orders by sheet, row and column', () => {
    const sorted = sortFindings([
      at('warning', 'Actions', 2, 1),
      at('error', 'Plan', 1, 0),
      at('warning', 'Actions', 1, 4),
      at('error', 'Actions', 9, 0),
      at('warning', 'Actions', 1, 2),
    ]);
    expect(sorted.map((f) => [f.severity, f.sheet, f.row, f.column])).toEqual([
      ['error', 'Actions', 9, 0],
      ['error', 'Plan', 1, 0],
      ['warning', 'Actions', 1, 2],
      ['warning', 'Actions', 1, 4],
      ['warning', 'Actions', 2, 1],
    ]);
  });

  test('orders findings on one cell by check id, then by message', () => {
    const sorted = sortFindings([
      at('warning', 'Actions', 4, 2, 'unknown-risk', 'b'),
      at('warning', 'Actions', 4, 2, 'misspelt-status', 'z'),
      at('warning', 'Actions', 4, 2, 'unknown-risk', 'a'),
      at('warning', 'Actions', 4, 2, 'missing-column', 'm'),
    ]);
    expect(sorted.map((f) => [f.check, f.message])).toEqual([
      ['missing-column', 'm'],
      ['misspelt-status', 'z'],
      ['unknown-risk', 'a'],
      ['unknown-risk', 'b'],
    ]);
  });

  test('leaves its input untouched', () => {
    const input = [at('warning', 'B', 0, 0), at('error', 'A', 0, 0)];
    sortFindings(input);
    expect(input.map((f) => f.sheet)).toEqual(['B', 'A']);
  });
});

describe('compareFindings', () => {
  // Few values per field, so that most findings tie on most fields and the later keys decide.
  const aFinding: fc.Arbitrary<Finding> = fc
    .record({
      severity: fc.constantFrom('error' as const, 'warning' as const),
      check: fc.constantFrom<CheckId>('unknown-risk', 'duplicate-action', 'missing-column', 'us-date'),
      sheet: fc.constantFrom('Actions', 'Audit Plan', 'actions'),
      row: fc.integer({ min: 0, max: 2 }),
      column: fc.integer({ min: 0, max: 2 }),
      message: fc.constantFrom('The risk "Meduim" is not a risk grade.', 'No risk is given.', ''),
      suggestion: fc.constantFrom(null, 'Enter High, Medium or Low.', 'Change it to "Medium".'),
    })
    .map((f) => ({ ...f, cell: `${f.sheet}!?` }));

  test('is a total order: any shuffle of the same findings sorts to the same list', () => {
    const listAndShuffle = fc
      .array(aFinding, { maxLength: 30 })
      .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(listAndShuffle, ([list, shuffled]) => {
        expect(sortFindings(shuffled)).toEqual(sortFindings(list));
      }),
    );
  });

  test('says two findings tie only when they are the same in every field', () => {
    fc.assert(
      fc.property(aFinding, aFinding, (a, b) => {
        expect(compareFindings(a, b) === 0).toBe(JSON.stringify(a) === JSON.stringify(b));
        // Antisymmetric: a before b exactly when b after a (summed, as Math.sign(0) and -Math.sign(0) differ as 0 and -0).
        expect(Math.sign(compareFindings(a, b)) + Math.sign(compareFindings(b, a))).toBe(0);
      }),
    );
  });
});
