import { DUE_SOON_NEXT } from './dueSoon';
import { formatUkDate } from './ukDates';
import { opinionPhrase } from './opinions';
import { GRADE_WORDS } from './priorities';
import type { SummaryFacts } from './summaryFacts';
import { NOT_GRADED } from './summaryFacts';
import type { Stage } from './types';
import { listWithAnd, plural } from './wording';

/** How each stage reads after a count: "2 are finalised", "1 has a draft report". */
const STAGE_PHRASES: Record<Stage, [one: string, many: string]> = {
  final: ['is finalised', 'are finalised'],
  draft: ['is at draft report stage', 'are at draft report stage'],
  fieldwork: ['is in fieldwork', 'are in fieldwork'],
  planning: ['is being planned', 'are being planned'],
  'not-started': ['has not started', 'have not started'],
  deferred: ['has been deferred', 'have been deferred'],
  cancelled: ['has been cancelled', 'have been cancelled'],
  other: ['has a status the summary does not recognise', 'have a status the summary does not recognise'],
};

/** "(1 with substantial and 2 with reasonable assurance)": "assurance" said once at the end when every word takes it. */
function opinionsPhrase(facts: SummaryFacts): string {
  const phrases = facts.opinions.map(([word, count]) => opinionPhrase(count, word));
  const allAssurance = phrases.every((phrase) => phrase.endsWith(' assurance'));
  const opinions = allAssurance ? phrases.map((phrase) => phrase.slice(0, -' assurance'.length)) : phrases;
  const parts = opinions.length > 0 ? [allAssurance ? `${listWithAnd(opinions)} assurance` : listWithAnd(opinions)] : [];
  if (facts.finalWithoutOpinion > 0) parts.push(`${facts.finalWithoutOpinion} with no opinion recorded`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function planSentences(facts: SummaryFacts): string[] {
  if (facts.audits === 0) return ['No audits were found in the internal audit plan.'];
  const stages = facts.byStage.map(([stage, count]) => {
    const phrase = `${count} ${STAGE_PHRASES[stage][count === 1 ? 0 : 1]}`;
    return stage === 'final' ? phrase + opinionsPhrase(facts) : phrase;
  });
  const sentences = [`The internal audit plan contains ${plural(facts.audits, 'audit')}: ${listWithAnd(stages)}.`];
  if (facts.delivered !== null) {
    const share = `${Math.round(facts.delivered * 100)}%`;
    sentences.push(
      facts.deliveredExcludes
        ? `Final reports have been issued for ${share} of the plan, leaving aside cancelled and deferred audits.`
        : `Final reports have been issued for ${share} of the plan.`,
    );
  }
  return sentences;
}

/** "high risk" for the usual grades; the organisation's other words as they are ("graded Significant"). */
function riskPhrase(risk: string): string {
  if (risk === NOT_GRADED) return 'not graded';
  return (GRADE_WORDS as readonly string[]).includes(risk) ? `${risk.toLowerCase()} risk` : `graded ${risk}`;
}

function actionSentences(facts: SummaryFacts): string[] {
  if (facts.actions === 0) return ['No actions were found in the audit action tracker.'];
  const open = facts.open === 0 ? 'none of them open' : `${facts.open} of them open`;
  const sentences = [`The action tracker holds ${plural(facts.actions, 'action')}, ${open}.`];

  if (facts.since !== null && !facts.closingDates) {
    sentences.push('The tracker has no sign-off dates, so actions signed off since the previous meeting cannot be counted.');
  } else if (facts.since !== null) {
    const period = `between the previous meeting on ${formatUkDate(facts.since)} and ${formatUkDate(facts.asOf)}`;
    sentences.push(
      facts.signedOffSince === 0
        ? `No actions were signed off ${period}.`
        : `${plural(facts.signedOffSince, 'action')} ${facts.signedOffSince === 1 ? 'was' : 'were'} signed off ${period}.`,
    );
  }

  if (facts.overdue === 0) {
    sentences.push('No actions are overdue.');
  } else {
    const verb = facts.overdue === 1 ? 'is' : 'are';
    const risks = facts.overdueByRisk.map(([risk, count]) =>
      facts.overdueByRisk.length === 1 && facts.overdue > 1 ? `all ${riskPhrase(risk)}` : `${count} ${riskPhrase(risk)}`,
    );
    const detail = facts.overdue === 1 ? riskPhrase(facts.overdueByRisk[0][0]) : listWithAnd(risks);
    sentences.push(`${plural(facts.overdue, 'action')} ${verb} overdue (${detail}).`);
  }

  if (facts.dueSoon > 0) {
    const verb = facts.dueSoon === 1 ? 'falls' : 'fall';
    sentences.push(`${facts.dueSoon} more ${verb} ${DUE_SOON_NEXT}.`);
  }
  if (facts.awaitingVerification > 0) {
    const verb = facts.awaitingVerification === 1 ? 'is' : 'are';
    sentences.push(`${plural(facts.awaitingVerification, 'action')} ${verb} reported implemented and awaiting verification by internal audit.`);
  }
  if (facts.closedWithoutImplementation > 0) {
    const verb = facts.closedWithoutImplementation === 1 ? 'was' : 'were';
    sentences.push(
      `${plural(facts.closedWithoutImplementation, 'action')} ${verb} closed without being implemented (superseded, not adopted or risk accepted).`,
    );
  }
  return sentences;
}

/**
 * The paragraph the paper's author would write under the tables, in the voice of the seed's section 4, built only
 * from the counts: it states facts and makes no claim the data cannot support (such as plans being in place).
 *
 * @example narrative(facts) // "The internal audit plan contains 16 audits: 2 are finalised (1 with substantial and ..."
 */
export function narrative(facts: SummaryFacts): string {
  // A table the workbook lacks is not described: the summary's note says it was not found.
  const plan = facts.tablesFound.plan ? planSentences(facts) : [];
  const actions = facts.tablesFound.actions ? actionSentences(facts) : [];
  return [...plan, ...actions].join(' ');
}
