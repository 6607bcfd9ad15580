/**
 * The footprint: everything the add-in owns in a workbook, defined once for every shell (Office.js, the file shell,
 * the preview). Every reader ignores the footprint and every writer touches nothing else, so a workbook written by
 * one shell reads in another as if that shell had written it.
 *
 * - the summary sheet, "JAC Summary", with its charts (known by their names) and its print setup (including the print area and print
 *   titles, which a workbook keeps as defined names local to the sheet);
 * - one very hidden data sheet, "JAC Data", holding the stored record (settings, what the add-in wrote, the last
 *   refresh, recorded papers) as JSON: see dataSheet.ts;
 * - its conditional formats on the actions table, known by a mark inside their formula that changes nothing;
 * - its in-cell validation, known by its error-alert title;
 * - the look of each summary region, and the colours of its charts.
 */
import type { LayoutRegion, SeriesTone } from './types';

export const SUMMARY_SHEET_NAME = 'JAC Summary';

/**
 * The very hidden sheet the stored record lives in. Very hidden, not just hidden, so Excel's Unhide list does not
 * offer it to someone who would edit it by hand; a sheet so any tool that keeps sheets keeps the record.
 */
export const DATA_SHEET_NAME = 'JAC Data';

/** Earlier versions kept settings on a sheet of this name: still the add-in's, read once and then replaced. */
export const LEGACY_DATA_SHEET_NAMES: readonly string[] = ['JAC Settings'];

/**
 * While a summary is being built aside it has this name plus a suffix unique to the build, so two builds can never
 * take each other's sheet.
 */
export const BUILDING_PREFIX = `${SUMMARY_SHEET_NAME} (new`;

/** Excel compares sheet names without regard to case: "jac summary" is the same sheet as "JAC Summary". */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase('en-GB') === b.toLocaleUpperCase('en-GB');
}

/**
 * True for the sheets the add-in writes, which are never read as the user's data: the summary, a summary being
 * built, the data sheet and its legacy names.
 *
 * @example isOwnedSheet('jac summary') === true; isOwnedSheet('JAC Summary (new 3)') === true; isOwnedSheet('Actions') === false
 */
export function isOwnedSheet(name: string): boolean {
  if (sameSheetName(name, SUMMARY_SHEET_NAME) || sameSheetName(name, DATA_SHEET_NAME)) return true;
  if (LEGACY_DATA_SHEET_NAMES.some((legacy) => sameSheetName(name, legacy))) return true;
  return name.toLocaleUpperCase('en-GB').startsWith(BUILDING_PREFIX.toLocaleUpperCase('en-GB'));
}

/**
 * The mark inside every conditional-format formula the add-in writes. `N("jac")` is 0, so the term is always true
 * and changes nothing; Excel keeps a text constant as it is when it re-anchors a formula (a rule split by copy and
 * paste, or read back relative to another cell), so the mark survives where the rest of the formula's text does not.
 */
export const CONDITIONAL_FORMAT_MARK = 'N("jac")=0';

/**
 * True when a conditional format's formula carries the add-in's mark (spacing and case as Excel may give them back).
 *
 * @example isOwnFormula('=AND(N("jac")=0,$D5<TODAY())') === true; isOwnFormula('=$D5<TODAY()') === false
 */
export function isOwnFormula(formula: string | null | undefined): boolean {
  if (!formula) return false;
  return formula.replace(/\s+/g, '').toUpperCase().includes(CONDITIONAL_FORMAT_MARK.toUpperCase());
}

/**
 * The error-alert title of every in-cell validation rule the add-in writes: how it tells its own rules from the
 * user's before clearing any.
 */
export const VALIDATION_TITLE = 'JAC summary check';

/**
 * Every chart the add-in draws on the summary sheet is named with this prefix and its title, through Office.js and
 * in the file shell's drawing alike, so a refresh in either replaces the add-in's charts and leaves a chart the user
 * added to the summary sheet where it is. A chart the user renames becomes the user's.
 */
export const CHART_NAME_PREFIX = 'JAC chart: ';

/** The name of the add-in's chart with this title. @example chartName('The plan by stage') === 'JAC chart: The plan by stage' */
export function chartName(title: string): string {
  return `${CHART_NAME_PREFIX}${title}`;
}

/**
 * True for a chart the add-in drew, known by its name (Excel keeps a chart's name as given but finds names without
 * regard to case).
 *
 * @example isOwnChartName('JAC chart: The plan by stage') === true; isOwnChartName('Chart 3') === false
 */
export function isOwnChartName(name: string | null | undefined): boolean {
  if (!name) return false;
  return name.toLocaleUpperCase('en-GB').startsWith(CHART_NAME_PREFIX.toLocaleUpperCase('en-GB'));
}

/** Colours as six-digit hex without "#"; each shell writes them its own way (Office.js "#RRGGBB", OOXML "FFRRGGBB"). */
export const COLOURS = {
  title: '1F4E79',
  headerFill: 'D9D9D9',
  overdueFill: 'FFC7CE',
  overdueFont: '9C0006',
  dueSoonFill: 'FFEB9C',
  dueSoonFont: '9C5700',
  note: '595959',
  border: 'A6A6A6',
  // Chart bars. The rows' fills are too pale for a bar and their fonts too dark to tell apart, so the bars take
  // the strong red and amber of the same tones; the four differ in lightness, so a greyscale print still tells
  // overdue (darkest) from due soon (lightest).
  overdueBar: 'C00000',
  dueSoonBar: 'FFC000',
  notYetDueBar: '5B9BD5',
  noDeadlineBar: 'A6A6A6',
  planBar: '1F4E79',
} as const;

/** The colour of each kind of chart series (types.ts SeriesTone). */
export const SERIES_COLOURS: Readonly<Record<SeriesTone, string>> = {
  overdue: COLOURS.overdueBar,
  'due-soon': COLOURS.dueSoonBar,
  'not-yet-due': COLOURS.notYetDueBar,
  'no-deadline': COLOURS.noDeadlineBar,
  plan: COLOURS.planBar,
};

/** How one kind of summary region looks. Every shell draws exactly this. */
export interface RegionLook {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; the sheet's default (11) when absent. */
  size?: number;
  fontColour?: string;
  fill?: string;
  /** Thin borders round and inside the region, in COLOURS.border. */
  box?: boolean;
  wrap?: boolean;
  /** Merged across the region and tall enough to show all its text (the narrative). */
  merge?: boolean;
}

export const REGION_LOOKS: Readonly<Record<LayoutRegion['style'], RegionLook>> = {
  title: { bold: true, size: 14, fontColour: COLOURS.title },
  'table-title': { bold: true, size: 12 },
  header: { bold: true, fill: COLOURS.headerFill, box: true, wrap: true },
  body: { box: true },
  overdue: { fill: COLOURS.overdueFill, fontColour: COLOURS.overdueFont, box: true },
  'due-soon': { fill: COLOURS.dueSoonFill, fontColour: COLOURS.dueSoonFont, box: true },
  paragraph: { wrap: true, merge: true },
  note: { italic: true, fontColour: COLOURS.note },
};

/** The look of the add-in's conditional formats on the user's actions table: the overdue and due-soon tones. */
export const HIGHLIGHT_LOOKS = {
  overdue: { fill: COLOURS.overdueFill, fontColour: COLOURS.overdueFont },
  dueSoon: { fill: COLOURS.dueSoonFill, fontColour: COLOURS.dueSoonFont },
} as const;
