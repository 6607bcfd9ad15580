/**
 * Queues the overdue (red) and due-within-30-days (amber) conditional formats on the user's actions table, then
 * removes the add-in's earlier ones. The formulas come from core's highlightRules, carry the add-in's mark and use
 * the sheet's own dates and TODAY(), so the marking stays right on later days without a refresh.
 *
 * The new rules are added before the old ones are deleted, through the objects just loaded in this Excel.run, never
 * by an id kept from an earlier request: should Excel refuse a delete (office-js issue 5222), the sheet keeps
 * its conditional formats, and the next refresh finds every rule by its mark and tidies up. The user's formats are never touched
 * and keep priority over the add-in's.
 */
import { HIGHLIGHT_LOOKS } from '../core/footprint';
import type { OwnedHighlight } from '../core/dataSheet';
import type { ConditionalFormatSpec, RulesAsRead } from './ruleReads';

/** Returns where the add-in's conditional formats now are, for the record. */
export function queueConditionalFormats(context: Excel.RequestContext, spec: ConditionalFormatSpec | null, rules: RulesAsRead): OwnedHighlight[] {
  const written: OwnedHighlight[] = [];
  if (spec) {
    const target = context.workbook.worksheets.getItem(spec.sheet).getRange(spec.range);
    // add() puts a format at the top; moving ours below the user's keeps their rules in charge where both apply.
    const overdue = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    overdue.custom.rule.formula = spec.overdueFormula;
    overdue.custom.format.fill.color = `#${HIGHLIGHT_LOOKS.overdue.fill}`;
    overdue.custom.format.font.color = `#${HIGHLIGHT_LOOKS.overdue.fontColour}`;
    overdue.stopIfTrue = true;
    const dueSoon = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    dueSoon.custom.rule.formula = spec.dueSoonFormula;
    dueSoon.custom.format.fill.color = `#${HIGHLIGHT_LOOKS.dueSoon.fill}`;
    dueSoon.custom.format.font.color = `#${HIGHLIGHT_LOOKS.dueSoon.fontColour}`;
    dueSoon.priority = rules.userFormatsOnTarget + 1;
    overdue.priority = rules.userFormatsOnTarget;
    written.push({ sheet: spec.sheet, range: spec.range });
  }
  for (const { formats } of rules.ours) for (const format of formats) format.delete();
  return written;
}
