import { formatUkDate } from './dates';
import type { SummaryFacts } from './summaryFacts';
import { NOT_GRADED } from './summaryFacts';
import type { Stage } from './types';

/** "1 action" / "3 actions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "a", "a and b", "a, b and c". */
export function listJoin(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

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

function opinionPhrase(facts: SummaryFacts): string {
  const opinions = facts.opinions.map(([word, count]) => `${count} with ${word.toLowerCase()}`);
  const parts = opinions.length > 0 ? [`${listJoin(opinions)} assurance`] : [];
  if (facts.finalWithoutOpinion > 0) parts.push(`${facts.finalWithoutOpinion} with no opinion recorded`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function planSentences(facts: SummaryFacts): string[] {
  if (facts.audits === 0) return ['No audits were found in the internal audit plan.'];
  const stages = facts.byStage.map(([stage, count]) => {
    const phrase = `${count} ${STAGE_PHRASES[stage][count === 1 ? 0 : 1]}`;
    return stage === 'final' ? phrase + opinionPhrase(facts) : phrase;
  });
  const sentences = [`The internal audit plan contains ${plural(facts.audits, 'audit')}: ${listJoin(stages)}.`];
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

function riskPhrase(risk: string): string {
  return risk === NOT_GRADED ? 'not graded' : `${risk.toLowerCase()} risk`;
}

function actionSentences(facts: SummaryFacts): string[] {
  if (facts.actions === 0) return ['No actions were found in the audit action tracker.'];
  const open = facts.open === 0 ? 'none of them open' : `${facts.open} of them open`;
  const sentences = [`The action tracker holds ${plural(facts.actions, 'action')}, ${open}.`];

  if (facts.since !== null) {
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
    const detail = facts.overdue === 1 ? riskPhrase(facts.overdueByRisk[0][0]) : listJoin(risks);
    sentences.push(`${plural(facts.overdue, 'action')} ${verb} overdue (${detail}).`);
  }

  if (facts.dueWithin30Days > 0) {
    const verb = facts.dueWithin30Days === 1 ? 'falls' : 'fall';
    sentences.push(`${facts.dueWithin30Days} more ${verb} due within the next 30 days.`);
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
  return [...planSentences(facts), ...actionSentences(facts)].join(' ');
}
