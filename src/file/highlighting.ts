import type ExcelJS from 'exceljs';
import { DUE_SOON_FILL, DUE_SOON_FONT, OVERDUE_FILL, OVERDUE_FONT } from './summarySheet';
import { readOwnedHighlights, writeOwnedHighlights, type OwnedHighlight } from './settingsSheet';

/** What core's highlightRules gives for the actions table: a range (A1, no sheet) and two formulas using TODAY(). */
export interface HighlightSpec {
  sheet: string;
  range: string;
  overdueFormula: string;
  dueSoonFormula: string;
}

/**
 * Replace the add-in's conditional formats on the actions table: red for overdue, amber for due within 30 days.
 *
 * The formulas use TODAY(), so Excel keeps the marking right on later days without a refresh. Only formats the
 * add-in added are removed: those recorded in the settings sheet at the last refresh, or, if that record was lost,
 * ones with exactly the formulas the add-in would write now. The user's own conditional formats stay, and keep
 * priority over ours (ours get the lowest priorities on the sheet).
 *
 * @param spec null when there is no actions table: then the old marking is only removed.
 */
export function applyHighlighting(workbook: ExcelJS.Workbook, spec: HighlightSpec | null): void {
  const owned = readOwnedHighlights(workbook);
  const current = spec ? [formula(spec.overdueFormula), formula(spec.dueSoonFormula)] : [];
  for (const worksheet of workbook.worksheets) {
    const mine = owned.filter((o) => o.sheet === worksheet.name);
    const isOurs = (cf: ExcelJS.ConditionalFormattingOptions) =>
      cf.rules.length > 0 &&
      cf.rules.every((rule) => {
        const formulae = ruleFormulae(rule);
        if (formulae.length === 0) return false;
        const matchesRecord = mine.some((o) => o.ref === cf.ref && formulae.every((f) => o.formulae.includes(f)));
        const matchesNow = spec?.sheet === worksheet.name && formulae.every((f) => current.includes(f));
        return matchesRecord || matchesNow;
      });
    if (conditionalFormats(worksheet).some(isOurs)) {
      worksheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isOurs(cf));
    }
  }

  const record: OwnedHighlight[] = [];
  if (spec) {
    const worksheet = workbook.getWorksheet(spec.sheet);
    if (worksheet) {
      const lowest = conditionalFormats(worksheet).reduce(
        (max, cf) => Math.max(max, ...cf.rules.map((rule) => rule.priority ?? 0)),
        0,
      );
      worksheet.addConditionalFormatting({
        ref: spec.range,
        rules: [
          expressionRule(current[0], lowest + 1, OVERDUE_FILL, OVERDUE_FONT),
          expressionRule(current[1], lowest + 2, DUE_SOON_FILL, DUE_SOON_FONT),
        ],
      });
      record.push({ sheet: spec.sheet, ref: spec.range, formulae: current });
    }
  }
  writeOwnedHighlights(workbook, record);
}

/** The sheet's conditional formats. ExcelJS keeps them in this array but leaves it out of its typings. */
export function conditionalFormats(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** Conditional-format formulas are stored without the leading "=" that people type. */
function formula(text: string): string {
  return text.startsWith('=') ? text.slice(1) : text;
}

function ruleFormulae(rule: ExcelJS.ConditionalFormattingRule): string[] {
  const formulae = (rule as { formulae?: unknown[] }).formulae;
  return Array.isArray(formulae) ? formulae.map((f) => formula(String(f))) : [];
}

function expressionRule(text: string, priority: number, fill: string, font: string): ExcelJS.ConditionalFormattingRule {
  return {
    type: 'expression',
    priority,
    formulae: [text],
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } },
      font: { color: { argb: font } },
    },
  };
}
