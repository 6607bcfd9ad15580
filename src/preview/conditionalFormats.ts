/**
 * Which rows of the user's actions table Excel would paint red (overdue) or amber (due soon, core/dueSoon.ts).
 *
 * In Excel the add-in's conditional formats compare the sheet's own dates with TODAY(). Rather than interpret those
 * formulas here (a second, partial formula engine that could disagree with the first), the preview asks the engine's
 * classification the same question for today's date: the core writes those formulas from the very rules it
 * classifies by (effective deadline = revised when given; open = not signed off), so both agree by construction.
 * Like Excel, the preview shows the colours only once the add-in's rules are on the sheet, i.e. after a refresh or
 * in a workbook saved with them.
 */
import type { ConditionalFormat } from '../file/ooxml/readSheet';
import type { WorkbookFile } from '../file/ooxml/WorkbookFile';
import { HIGHLIGHT_LOOKS } from '../core/footprint';
import type { Analysis, RowTone } from '../core/types';

export type Tone = Exclude<RowTone, null>;

export interface ToneSpan {
  tone: Tone;
  /** 0-based columns the rule's range covers on this row. */
  firstColumn: number;
  lastColumn: number;
}

/** sheet name -> 0-based row -> its tone and the columns it covers. */
export type SheetTones = Map<string, Map<number, ToneSpan>>;

/** The colours the add-in's conditional formats give each tone (core's HIGHLIGHT_LOOKS, as Excel draws them). */
export const TONE_STYLES: Record<Tone, { fill: string; color: string }> = {
  overdue: { fill: `#${HIGHLIGHT_LOOKS.overdue.fill}`, color: `#${HIGHLIGHT_LOOKS.overdue.fontColour}` },
  'due-soon': { fill: `#${HIGHLIGHT_LOOKS.dueSoon.fill}`, color: `#${HIGHLIGHT_LOOKS.dueSoon.fontColour}` },
};

/** Rows (1-based, as in A1 refs) a range such as "A2:F12" or "A2:F12 H2:H12" covers. */
function refRows(ref: string): [number, number][] {
  return ref.split(/\s+/).flatMap((part) => {
    const match = /^\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?$/i.exec(part);
    return match ? [[Number(match[1]), Number(match[2] ?? match[1])] as [number, number]] : [];
  });
}

/** True when the sheet carries a TODAY()-based conditional format over the table's data rows: the add-in's rules. */
export function hasTodayRules(formats: readonly ConditionalFormat[], firstRow0: number, lastRow0: number): boolean {
  return formats.some(
    (format) =>
      refRows(format.sqref).some(([top, bottom]) => top <= lastRow0 + 1 && bottom >= firstRow0 + 1) &&
      format.rules.some((rule) => rule.formulas.some((formula) => /TODAY\(\)/i.test(formula))),
  );
}

/**
 * @param todaysAnalysis the engine's analysis of the workbook with the as-of date set to today (not the paper's
 *   date), because Excel's TODAY() is what the rules on the sheet compare against.
 */
export function rowTones(file: WorkbookFile, todaysAnalysis: Analysis): SheetTones {
  const tones: SheetTones = new Map();
  const table = todaysAnalysis.actions.table;
  const sheet = table ? file.sheet(table.sheet) : undefined;
  if (!table || !sheet || table.lastRow < table.firstRow || !hasTodayRules(file.content(sheet).conditionalFormats, table.firstRow, table.lastRow)) {
    return tones;
  }
  const rows = new Map<number, ToneSpan>();
  for (const action of todaysAnalysis.actions.rows) {
    const tone: Tone | null = action.overdue ? 'overdue' : action.dueSoon ? 'due-soon' : null;
    if (tone) rows.set(action.ref.row, { tone, firstColumn: table.firstColumn, lastColumn: table.lastColumn });
  }
  tones.set(table.sheet, rows);
  return tones;
}
