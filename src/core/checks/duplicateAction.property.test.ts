/**
 * duplicate-action groups actions by numbers it gives each distinct audit and recommendation (a flat array of pairs
 * or a Map, by how many there are). Whatever the tracker holds, it must report what grouping by the texts themselves
 * reports: the second and later copies of an audit and recommendation, ignoring case and spacing, each naming the
 * first.
 */
import fc from 'fast-check';
import { actionRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import type { ClassifiedAction } from '../types';
import { duplicateAction } from './duplicateAction';

/** The rule as it reads, on joined texts: the cell of each copy and of the first it repeats. */
function copiesByText(actions: readonly ClassifiedAction[]): [string, string][] {
  const same = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
  const first = new Map<string, string>();
  const copies: [string, string][] = [];
  for (const action of actions) {
    const audit = same(action.audit);
    const recommendation = same(action.reference !== '' ? action.reference : action.recommendation);
    if (audit === '' || recommendation === '') continue;
    const key = `${audit}\u0001${recommendation}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, action.ref.address);
    else copies.push([action.ref.address, earlier]);
  }
  return copies;
}

const audits = fc.constantFrom('Payroll', 'payroll ', 'PAYROLL', 'Fleet  Management', 'fleet management', '__proto__', '', ' ');
const numbered = fc.constantFrom('1', '2', ' 2', '3', 'toString', '', '5 & 6');
const written = fc.string({ minLength: 1, maxLength: 6 });

describe('duplicate-action reports the copies that grouping by the texts reports', () => {
  // The last case has more audit and recommendation pairs than a flat array of them is kept for (a Map is).
  test.each([
    ['numbered under a few audits', audits, numbered, 0],
    ['written out under a few audits', audits, fc.oneof(numbered, written), 0],
    ['written out under many audits', fc.oneof(audits, written), fc.oneof(numbered, written), 80],
  ])('with recommendations %s', (_, auditNames, recommendations, minLength) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(auditNames, recommendations), { minLength, maxLength: minLength + 60 }), (rows) => {
        const actions = classifyActions(
          rows.map(([audit, recommendation], index) => actionRow({ row: index + 1, audit, recommendation })),
          '2024-10-31',
          null,
        );
        const reported = duplicateAction
          .check({ plan: [], actions, asOf: '2024-10-31' })
          .map((finding) => [finding.cell, /already at (\S+)\.$/.exec(finding.message)?.[1]]);
        expect(reported).toEqual(copiesByText(actions));
      }),
      { numRuns: 300 },
    );
  });
});
