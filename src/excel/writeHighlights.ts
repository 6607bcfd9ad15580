/**
 * Queues the overdue (red) and due-within-30-days (amber) conditional formats on the user's actions table. The
 * formulas come from core's highlightRules and use the sheet's own dates and TODAY(), so the marking stays right on
 * later days without a refresh.
 *
 * Only the add-in's own formats are removed: custom rules whose formula is one the add-in recorded writing last time,
 * or one it is about to write. The user's formats are never touched and keep priority over ours.
 */
import type { WriteState } from './readWorkbookCells';
import { COLOURS } from './writeSummarySheet';

/** What core's highlightRules gives for the actions table, with the table's sheet. */
export interface HighlightSpec {
  sheet: string;
  /** A1, without the sheet. */
  range: string;
  overdueFormula: string;
  dueSoonFormula: string;
}

/** Excel may hand a formula back with different spacing or letter case, and conditional formats drop the "=". */
export function sameFormula(a: string, b: string): boolean {
  const normalise = (formula: string) => formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  return normalise(a) === normalise(b);
}

/** Returns the formulas written, for the add-in's record. */
export function queueHighlights(context: Excel.RequestContext, spec: HighlightSpec | null, state: WriteState): string[] {
  const worksheets = context.workbook.worksheets;
  const ours = [...state.record.highlightFormulas, ...(spec ? [spec.overdueFormula, spec.dueSoonFormula] : [])];
  const isOurs = (formula: string | null) => formula !== null && ours.some((own) => sameFormula(own, formula));

  for (const found of state.highlights) {
    if (isOurs(found.formula)) worksheets.getItem(found.sheet).getRange().conditionalFormats.getItem(found.id).delete();
  }
  if (!spec) return [];

  const userFormats = state.highlights.filter((found) => found.sheet === spec.sheet && !isOurs(found.formula)).length;
  const target = worksheets.getItem(spec.sheet).getRange(spec.range);
  // add() puts a format at the top; moving ours below the user's keeps their rules in charge where both apply.
  const overdue = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  overdue.custom.rule.formula = spec.overdueFormula;
  overdue.custom.format.fill.color = COLOURS.overdueFill;
  overdue.custom.format.font.color = COLOURS.overdueFont;
  overdue.stopIfTrue = true;
  const dueSoon = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  dueSoon.custom.rule.formula = spec.dueSoonFormula;
  dueSoon.custom.format.fill.color = COLOURS.dueSoonFill;
  dueSoon.custom.format.font.color = COLOURS.dueSoonFont;
  dueSoon.priority = userFormats + 1;
  overdue.priority = userFormats;
  return [spec.overdueFormula, spec.dueSoonFormula];
}
