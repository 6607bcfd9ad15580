import type { TablesFound } from '../summaryFacts';
import type { SummaryBlock, SummaryModel } from '../types';
import type { PaperComparison } from './comparePaper';
import { actionsBeyondRules, committeeAttention, type CommitteeRules } from './committeeRules';
import { implementationRate } from './implementationRate';
import { movementCounts } from './movementCounts';
import { addedTable, auditsTable, closedTable, cohortTable, movedTable, newlyOverdueTable, removedTable } from './movementLists';
import { movementSentences } from './movementNarrative';
import { overdueAgeing } from './overdueAgeing';
import { plural } from '../wording';
import { priorityByRag } from './priorityByRag';
import { revisedVersusOverdue } from './revisedVersusOverdue';

const BOTH: TablesFound = { plan: true, actions: true };

/**
 * The tables committees print beyond the engine's own (priority by RAG, revised versus overdue, ageing past the
 * original deadline, the implementation rate of the period, the committee's attention list when it has rules) and
 * the movement since the last recorded paper, in the paper's order. The movement's lists appear only when there is
 * a paper to compare with. A workbook without an action tracker gets none of the actions' tables: only what moved
 * in the plan, when there is an earlier paper.
 */
export function paperBlocks(comparison: PaperComparison, rules: CommitteeRules, found: TablesFound = BOTH): SummaryBlock[] {
  const { snapshot, movement } = comparison;
  if (!found.actions) return found.plan && movement ? [auditsTable(movement)] : [];
  const attention = committeeAttention(snapshot, rules);
  const blocks: SummaryBlock[] = [
    priorityByRag(snapshot),
    revisedVersusOverdue(snapshot),
    overdueAgeing(snapshot),
    implementationRate(comparison.period, comparison.previous),
    ...(attention ? [attention] : []),
    movementCounts(movement, snapshot.date),
  ];
  if (movement) {
    blocks.push(
      closedTable(movement),
      addedTable(movement, snapshot.date),
      movedTable(movement),
      newlyOverdueTable(movement, snapshot.date),
      cohortTable(movement),
      removedTable(movement),
      auditsTable(movement),
    );
  }
  return blocks;
}

/** The narrative's sentences on movement and on the committee's rules; none without an earlier paper or rules. */
export function paperSentences(comparison: PaperComparison, rules: CommitteeRules, found: TablesFound = BOTH): string[] {
  if (!found.actions) return [];
  const sentences = comparison.movement ? movementSentences(comparison.movement, comparison.snapshot) : [];
  const beyond = actionsBeyondRules(comparison.snapshot, rules).length;
  if (beyond > 0) {
    const verb = beyond === 1 ? 'has its deadline' : 'have deadlines';
    sentences.push(
      `${plural(beyond, 'open action')} ${verb} revised beyond the committee's rules and ${beyond === 1 ? 'is' : 'are'} listed for its attention.`,
    );
  }
  return sentences;
}

/**
 * The summary with the paper's blocks placed before the narrative, and the narrative continued with their
 * sentences. Every shell writes the one layout made from this, so the blocks appear everywhere.
 */
export function withPaperBlocks(summary: SummaryModel, comparison: PaperComparison, rules: CommitteeRules, found: TablesFound = BOTH): SummaryModel {
  const extra = paperBlocks(comparison, rules, found);
  const sentences = paperSentences(comparison, rules, found);
  const at = summary.blocks.findIndex((block) => block.id === 'narrative');
  const blocks = at === -1 ? [...summary.blocks, ...extra] : [...summary.blocks.slice(0, at), ...extra, ...summary.blocks.slice(at)];
  return {
    ...summary,
    blocks: blocks.map((block) =>
      block.id === 'narrative' && block.kind === 'paragraph' && sentences.length > 0
        ? { ...block, text: [block.text, ...sentences].join(' ') }
        : block,
    ),
  };
}
