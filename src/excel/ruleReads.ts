/**
 * What the add-in must learn before it touches its rules on the user's sheets, and what that tells it: which
 * conditional formats are its own, and whether each column it validates holds only its own in-cell validation or none.
 *
 * Only the sheets that matter are read: the actions table's sheet and those the record says hold the add-in's
 * rules. Protected ones are not read at all; their rules are left as they are and the pane says so.
 *
 * Conditional formats: `type` and, through `customOrNullObject`, the formula of custom rules only (reading `custom`
 * on a rule of another kind fails, office-js issue 2180). A rule is the add-in's when its formula carries the mark
 * (footprint.ts), which survives Excel re-anchoring the formula; earlier versions' rules, recorded by formula text
 * before there was a mark, are recognised by that text until the first refresh replaces them.
 *
 * Validation: where Excel has range areas (ExcelApi 1.9), the cells of the column that carry any validation, and
 * that validation's type and error-alert title; otherwise the whole column's. A column is free when nothing is
 * validated, the add-in's when everything validated is one rule titled as the add-in titles its rules, and the
 * user's otherwise.
 */
import { isOwnFormula, sameSheetName, VALIDATION_TITLE } from '../core/footprint';
import type { OwnedHighlight, OwnedValidation } from '../core/dataSheet';
import { hostNotes } from '../host/hostMessages';
import { parseRangeAddress } from './rangeAddress';
import type { SheetInfo, WorkbookState } from './workbookState';

/** Conditional formats for the user's actions table, from core's highlightRules, with the table's sheet. */
export interface ConditionalFormatSpec {
  sheet: string;
  /** A1, without the sheet. */
  range: string;
  overdueFormula: string;
  dueSoonFormula: string;
}

/** One column's in-cell validation, from core's dataValidationRules, with the table and header it belongs to. */
export interface InCellValidationSpec {
  sheet: string;
  /** A1 without the sheet. */
  range: string;
  /** The words to offer; null for a date rule. */
  list: string[] | null;
  /** What Excel says when someone types something else. */
  message: string;
  /** The Excel table's name, or null for a plain range; with the header, how the record finds the column again. */
  table: string | null;
  header: string;
}

/** The rules a refresh wants, and the state it starts from. */
export interface RulesWanted {
  conditionalFormats: ConditionalFormatSpec | null;
  /** [] when the user turned in-cell validation off (the add-in's old rules are removed); null when Excel cannot do it. */
  inCellValidation: InCellValidationSpec[] | null;
}

/** What to read before writing, decided from the record and the sheets, and what is left alone without reading. */
export interface RuleWork {
  /** Sheets (as the workbook spells them) whose conditional formats are read. */
  conditionalFormatSheets: string[];
  /** The new conditional formats, unless their sheet is protected. */
  conditionalFormats: ConditionalFormatSpec | null;
  /** Columns to validate, on sheets that are not protected. */
  inCellValidation: InCellValidationSpec[];
  /** Columns the record says were the add-in's and no spec covers any more: cleared if still the add-in's. */
  formerInCellValidation: OwnedValidation[];
  /** Parts of the record on sheets left alone (protected, or in-cell validation not possible here): kept as they are. */
  kept: { highlights: OwnedHighlight[]; validation: OwnedValidation[] };
  legacyFormulas: string[];
  notes: string[];
}

export function planRuleWork(wanted: RulesWanted, state: WorkbookState): RuleWork {
  const sheetNamed = (name: string): SheetInfo | null => state.sheets.find((sheet) => sameSheetName(sheet.name, name)) ?? null;
  const owned = state.record.stored.owned;
  const skippedSheets = new Set<string>();
  const skip = (sheet: SheetInfo) => {
    skippedSheets.add(sheet.name);
    return false;
  };
  const usable = (name: string) => {
    const sheet = sheetNamed(name);
    return sheet !== null && (!sheet.protected || skip(sheet));
  };

  const legacyFormulas = state.record.legacyFormulas;
  const candidates = [
    ...(wanted.conditionalFormats ? [wanted.conditionalFormats.sheet] : []),
    ...owned.highlights.map((entry) => entry.sheet),
    // Earlier versions did not record where their rules were: look on every sheet, this once.
    ...(legacyFormulas.length > 0 ? state.sheets.map((sheet) => sheet.name) : []),
  ];
  const conditionalFormatSheets: string[] = [];
  for (const name of candidates) {
    const sheet = sheetNamed(name);
    if (sheet && usable(sheet.name) && !conditionalFormatSheets.includes(sheet.name)) conditionalFormatSheets.push(sheet.name);
  }
  const conditionalFormats = wanted.conditionalFormats && usable(wanted.conditionalFormats.sheet) ? wanted.conditionalFormats : null;

  const inCellValidation = (wanted.inCellValidation ?? []).filter((spec) => usable(spec.sheet));
  const covered = (entry: OwnedValidation) =>
    (wanted.inCellValidation ?? []).some(
      (spec) =>
        sameSheetName(spec.sheet, entry.sheet) &&
        (spec.range === entry.range || (entry.header !== '' && spec.header === entry.header && spec.table === entry.table)),
    );
  const formerInCellValidation = wanted.inCellValidation === null ? [] : owned.validation.filter((entry) => !covered(entry) && usable(entry.sheet));

  const onSkipped = (entry: { sheet: string }) => [...skippedSheets].some((name) => sameSheetName(name, entry.sheet));
  const kept = {
    highlights: owned.highlights.filter(onSkipped),
    // Where Excel cannot validate at all, the add-in's earlier rules stay, and so does their record.
    validation: wanted.inCellValidation === null ? owned.validation : owned.validation.filter(onSkipped),
  };
  const mentioned = new Set<string>(
    [
      ...(wanted.conditionalFormats ? [wanted.conditionalFormats.sheet] : []),
      ...(wanted.inCellValidation ?? []).map((spec) => spec.sheet),
      ...kept.highlights.map((entry) => entry.sheet),
      ...kept.validation.map((entry) => entry.sheet),
    ].map((name) => sheetNamed(name)?.name ?? name),
  );
  const notes = [...skippedSheets].filter((name) => mentioned.has(name)).map((name) => hostNotes.protectedRulesSkipped(name));
  return { conditionalFormatSheets, conditionalFormats, inCellValidation, formerInCellValidation, kept, legacyFormulas, notes };
}

/** True when the rules step has anything to read. */
export function needsRead(work: RuleWork): boolean {
  return work.conditionalFormatSheets.length > 0 || work.inCellValidation.length > 0 || work.formerInCellValidation.length > 0;
}

/** The reads, queued; `settle` interprets them once the batch has synced. */
export interface QueuedRuleReads {
  formats: { sheet: string; collection: Excel.ConditionalFormatCollection }[];
  inCellValidation: { spec: InCellValidationSpec; check: InCellValidationCheck }[];
  former: { entry: OwnedValidation; check: InCellValidationCheck }[];
}

type InCellValidationCheck = { kind: 'areas'; areas: Excel.RangeAreas } | { kind: 'range'; range: Excel.Range };

/**
 * Queues the reads in the batch being built. Called first in the batch that writes the summary: should Excel fail
 * to read a rule, nothing of the summary has run yet and the summary is written again without these reads.
 */
export function queueRuleReads(context: Excel.RequestContext, work: RuleWork, rangeAreas: boolean): QueuedRuleReads {
  const worksheets = context.workbook.worksheets;
  const formats = work.conditionalFormatSheets.map((sheet) => ({
    sheet,
    collection: worksheets.getItem(sheet).getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'),
  }));
  const check = (sheet: string, address: string): InCellValidationCheck => {
    const range = worksheets.getItem(sheet).getRange(address);
    const rect = parseRangeAddress(address);
    // Excel looks at the whole sheet when asked for special cells of a single cell, so a single cell is read as is.
    if (rangeAreas && rect && (rect.bottom > rect.top || rect.right > rect.left)) {
      const areas = range.getSpecialCellsOrNullObject('DataValidations' as Excel.SpecialCellType);
      areas.dataValidation.load('type,errorAlert');
      return { kind: 'areas', areas };
    }
    range.dataValidation.load('type,errorAlert');
    return { kind: 'range', range };
  };
  return {
    formats,
    inCellValidation: work.inCellValidation.map((spec) => ({ spec, check: check(spec.sheet, spec.range) })),
    former: work.formerInCellValidation.map((entry) => ({ entry, check: check(entry.sheet, entry.range) })),
  };
}

/** Whose in-cell validation a column holds. */
export type InCellValidationOwner = 'none' | 'ours' | 'theirs';

/** The rules as the reads found them: whose each is, ready for the writes. */
export interface RulesAsRead {
  /** The add-in's conditional formats, per sheet, as loaded (deleted through these objects, never by id). */
  ours: { sheet: string; formats: Excel.ConditionalFormat[] }[];
  /** Conditional formats on the actions table's sheet that are the user's: ours go below them. */
  userFormatsOnTarget: number;
  inCellValidation: { spec: InCellValidationSpec; owner: InCellValidationOwner; range: string }[];
  former: { entry: OwnedValidation; owner: InCellValidationOwner }[];
}

export function settleRuleReads(reads: QueuedRuleReads, work: RuleWork): RulesAsRead {
  const isOurs = (format: Excel.ConditionalFormat) => {
    if (format.type !== 'Custom' || format.customOrNullObject.isNullObject) return false;
    const formula = format.customOrNullObject.rule.formula;
    return isOwnFormula(formula) || work.legacyFormulas.some((legacy) => sameFormula(legacy, formula));
  };
  const ours = reads.formats.map(({ sheet, collection }) => ({ sheet, formats: collection.items.filter(isOurs) }));
  const target = work.conditionalFormats ? reads.formats.find((entry) => sameSheetName(entry.sheet, work.conditionalFormats!.sheet)) : undefined;
  return {
    ours,
    userFormatsOnTarget: target ? target.collection.items.filter((format) => !isOurs(format)).length : 0,
    inCellValidation: reads.inCellValidation.map(({ spec, check }) => ({ spec, owner: ownerOf(check), range: spec.range })),
    former: reads.former.map(({ entry, check }) => ({ entry, owner: ownerOf(check) })),
  };
}

function ownerOf(check: InCellValidationCheck): InCellValidationOwner {
  if (check.kind === 'areas' && check.areas.isNullObject) return 'none';
  const validation = check.kind === 'areas' ? check.areas.dataValidation : check.range.dataValidation;
  if (validation.type === 'None') return 'none';
  if (validation.type === 'Inconsistent' || validation.type === 'MixedCriteria') return 'theirs';
  return validation.errorAlert?.title === VALIDATION_TITLE ? 'ours' : 'theirs';
}

/** Excel may hand a formula back with different spacing or letter case, and conditional formats drop the "=". */
export function sameFormula(a: string, b: string): boolean {
  const normalise = (formula: string) => formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  return normalise(a) === normalise(b);
}
