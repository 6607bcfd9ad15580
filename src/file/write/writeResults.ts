/**
 * Everything a refresh writes, as edits to the workbook package: the summary sheet, the add-in's conditional
 * formats and in-cell validation on the user's tables, its very hidden data sheet with the record of what it wrote,
 * and the styles, workbook entries, relationships and content types these need. Nothing else in the package
 * changes: the user's cells are never written, and every part the add-in does not own keeps its bytes.
 *
 * Every new part is built before any old one is replaced; the caller (FileHost) puts the package back as it was if
 * anything fails, so a failed refresh leaves the previous summary.
 */
import type { OwnedHighlight, OwnedValidation, StoredData } from '../../core/dataSheet';
import { DATA_SHEET_NAME, isOwnedSheet, SUMMARY_SHEET_NAME } from '../../core/footprint';
import { highlightRules } from '../../core/highlightRules';
import type { ActionField, LocatedTable, PlanField } from '../../core/types';
import { inCellValidation, type InCellValidation } from '../../core/inCellValidation';
import { hostNotes } from '../../host/hostMessages';
import type { RefreshResults } from '../../host/WorkbookHost';
import { CONTENT_TYPE, setOverride } from '../ooxml/contentTypes';
import { relativeTarget } from '../ooxml/partNames';
import { DAYS_1904 } from '../../core/serials';
import { addRelationship, isType, REL } from '../ooxml/relationships';
import type { WorkbookFile } from '../ooxml/WorkbookFile';
import { dataSheetXml } from './dataSheetXml';
import { drawingNamespaces } from './drawingNamespaces';
import { printSections } from './writePrintSetup';
import { setPrintNames } from './printNames';
import { addCharts, buildCharts } from './writeSummaryCharts';
import { clearSummary } from './keepUserDrawings';
import { addSheet, freeSheetPart, removeSheet, replaceSheet, setSheetState } from './sheetList';
import { MINIMAL_STYLES, StyleSheetEditor } from './StyleSheetEditor';
import { summarySections } from './writeSummarySheet';
import { worksheetXml } from './worksheetXml';
import { conditionalFormatDifferentials, SummaryStyles } from './summaryStyles';
import type { InCellValidationToWrite } from './writeInCellValidation';
import { rewriteRules } from './writeRules';

export interface WriteOutcome {
  /** Sentences for the pane about what was left undone (a column with the user's own in-cell validation). */
  notes: string[];
  /** The record now on the data sheet. */
  stored: StoredData;
}

export function writeResults(file: WorkbookFile, results: RefreshResults, previous: StoredData): WriteOutcome {
  const pkg = file.pkg;
  const workbook = file.workbook;
  const ns = { main: workbook.mainNamespace, relationships: workbook.relNamespace };
  const stylesPart = workbook.relationships.find((r) => isType(r, REL.styles) && r.part && pkg.has(r.part))?.part ?? null;
  const styles = new StyleSheetEditor(stylesPart ? pkg.text(stylesPart) : MINIMAL_STYLES);

  // 1. Build: the summary, and the new rules for each user sheet.
  const layout = results.layout;
  const summarySheet = {
    ...summarySections(layout, new SummaryStyles(styles), workbook.date1904 ? DAYS_1904 : 0),
    ...(layout.print ? printSections(layout.print) : {}),
  };
  const drawingNs = drawingNamespaces(workbook.mainNamespace);
  const charts = buildCharts(layout, drawingNs);
  const actions = results.tables.actions;
  const formats = actions ? highlightRules(actions, results.words) : null;
  const dxfs = formats ? conditionalFormatDifferentials(styles) : null;
  const validations = results.inCellValidation ? inCellValidation(results.tables.plan, results.tables.actions, results.words) : [];
  const legacyFormulas = new Set(file.legacyConditionalFormatFormulas().map((f) => f.replace(/^=/, '')));
  const notes: string[] = [];
  const owned: { highlights: OwnedHighlight[]; validation: OwnedValidation[] } = { highlights: [], validation: [] };
  const sheetEdits: { part: string; xml: string }[] = [];
  for (const sheet of file.sheets) {
    if (sheet.kind !== 'worksheet' || !sheet.part || isOwnedSheet(sheet.name)) continue;
    const isActions = actions !== null && formats !== null && dxfs !== null && sheet.name === actions.sheet;
    const mine = validations.filter((rule) => rule.sheet === sheet.name);
    const xml = pkg.text(sheet.part);
    if (!isActions && mine.length === 0 && !xml.includes('conditionalFormatting') && !xml.includes('dataValidation')) continue;
    const result = rewriteRules(xml, {
      conditionalFormats: isActions ? { ...formats!, overdueDxf: dxfs!.overdue, dueSoonDxf: dxfs!.dueSoon } : null,
      inCellValidation: mine.map((rule): InCellValidationToWrite => ({ range: rule.range, list: rule.list, message: rule.message })),
      legacyFormulas,
      firstDateSerial: workbook.date1904 ? 0 : 1,
    });
    if (result.changed) sheetEdits.push({ part: sheet.part, xml: result.xml });
    if (isActions) owned.highlights.push({ sheet: sheet.name, range: formats!.range });
    mine.forEach((rule, i) => {
      const table = tableOf(rule, results);
      const header = rule.header || rule.field;
      if (result.written[i].length > 0)
        owned.validation.push({ sheet: sheet.name, table: table?.tableName ?? null, header, range: result.written[i].join(' ') });
    });
    for (const { validation, reason } of result.skipped) {
      const rule = mine.find((r) => r.range === validation.range)!;
      const header = rule.header || rule.field;
      notes.push(reason === 'user-rules' ? hostNotes.inCellValidationLeftAlone(sheet.name, header) : hostNotes.inCellListTooLong(sheet.name, header));
    }
  }
  // Recorded papers are replaced only when the refresh recorded one (results.papers); otherwise they stay as stored.
  const stored: StoredData = { ...previous, owned, lastRefresh: results.lastRefresh, ...(results.papers ? { papers: results.papers } : {}) };

  // 2. Write: styles, the user sheets' rules, the summary, the data sheet.
  if (styles.changed || !stylesPart) writeStyles(file, stylesPart, styles.toXml());
  for (const edit of sheetEdits) pkg.set(edit.part, edit.xml);
  file.changed(sheetEdits.map((edit) => edit.part));

  // The summary: replaced in its part (taking the add-in's old charts with it, keeping the user's own drawings and
  // comments on it) or added after the last sheet, with its charts related to it before its XML, which names the
  // drawing, is written.
  const summary = file.sheet(layout.sheetName) ?? file.sheet(SUMMARY_SHEET_NAME);
  const summaryPart = summary?.part ?? freeSheetPart(pkg);
  const kept = clearSummary(pkg, summaryPart, drawingNs);
  const summaryXml = worksheetXml({ ...summarySheet, ...kept.sections, ...addCharts(pkg, summaryPart, layout, charts, drawingNs, kept.drawing) }, ns);
  if (summary?.part) pkg.set(summaryPart, summaryXml);
  else addSheet(pkg, file.workbook, layout.sheetName, 'visible', summaryXml, summaryPart);
  file.changed([summaryPart]);
  writeDataSheet(file, stored);
  // Last, once every sheet is in its final place: the print area and titles name the summary by its position.
  const placed = file.sheet(summary?.name ?? layout.sheetName);
  if (placed) setPrintNames(pkg, file.workbook, file.sheets.indexOf(placed), placed.name, layout.print);
  file.changed([]);
  return { notes, stored };
}

/** Writes the record to the data sheet (adding it, very hidden, when there is none) and retires a legacy sheet. */
export function writeDataSheet(file: WorkbookFile, stored: StoredData): void {
  const pkg = file.pkg;
  const xml = dataSheetXml(stored, { main: file.workbook.mainNamespace, relationships: file.workbook.relNamespace });
  const data = file.sheet(DATA_SHEET_NAME);
  if (data?.part) {
    replaceSheet(pkg, data, xml);
    setSheetState(pkg, file.workbook, data, 'veryHidden');
  } else {
    addSheet(pkg, file.workbook, DATA_SHEET_NAME, 'veryHidden', xml);
  }
  file.changed(data?.part ? [data.part] : []);
  const legacy = file.legacySheet();
  if (legacy) {
    removeSheet(pkg, file.workbook, legacy);
    file.changed(legacy.part ? [legacy.part] : []);
  }
}

function writeStyles(file: WorkbookFile, part: string | null, xml: string): void {
  const pkg = file.pkg;
  if (part) {
    pkg.set(part, xml);
  } else {
    const name = 'xl/styles.xml';
    pkg.set(name, xml);
    setOverride(pkg, name, CONTENT_TYPE.styles);
    addRelationship(pkg, file.workbook.part, `${file.workbook.relNamespace}${REL.styles}`, relativeTarget(file.workbook.part, name));
  }
  file.changed([]);
}

function tableOf(rule: InCellValidation, results: RefreshResults): LocatedTable<PlanField> | LocatedTable<ActionField> | null {
  return rule.table === 'plan' ? results.tables.plan : results.tables.actions;
}
