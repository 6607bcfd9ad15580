import { narrative } from './narrative';
import type { SummaryFacts } from './summaryFacts';

const base: SummaryFacts = {
  asOf: '2024-11-27',
  since: '2024-07-24',
  tablesFound: { plan: true, actions: true },
  audits: 3,
  byStage: [
    ['final', 1],
    ['fieldwork', 2],
  ],
  opinions: [['Limited', 1]],
  finalWithoutOpinion: 0,
  delivered: 1 / 3,
  deliveredExcludes: false,
  actions: 4,
  open: 3,
  closingDates: true,
  signedOffSince: 1,
  overdue: 1,
  overdueByRisk: [['High', 1]],
  dueSoon: 0,
  awaitingVerification: 0,
  closedWithoutImplementation: 0,
};

test('uses the singular for one of each', () => {
  expect(narrative(base)).toBe(
    'The internal audit plan contains 3 audits: 1 is finalised (1 with limited assurance) and 2 are in fieldwork. ' +
      'Final reports have been issued for 33% of the plan. The action tracker holds 4 actions, 3 of them open. ' +
      '1 action was signed off between the previous meeting on 24/07/2024 and 27/11/2024. 1 action is overdue (high risk).',
  );
});

test('says "all" when every overdue action has the same risk, and counts those falling due', () => {
  const text = narrative({ ...base, overdue: 3, overdueByRisk: [['Medium', 3]], dueSoon: 2 });
  expect(text.endsWith('3 actions are overdue (all medium risk). 2 more fall due within the next 30 days.')).toBe(true);
});

test('leaves out the signed-off sentence when there is no previous meeting date', () => {
  expect(narrative({ ...base, since: null })).not.toContain('signed off');
});

test('never claims plans are in place', () => {
  expect(
    narrative({
      ...base,
      overdue: 5,
      overdueByRisk: [
        ['High', 2],
        ['Low', 3],
      ],
    }),
  ).not.toMatch(/plans are in place/i);
});
