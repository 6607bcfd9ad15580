/** The engine's public API: what shells, the command line and tests import. */
export * from './types';
export { analyseWorkbook, resolveSettings, type AnalyseOptions } from './analyseWorkbook';
export { buildSummary, SUMMARY_TITLE } from './buildSummary';
export { classifyAction, classifyActions } from './classifyActions';
export { DUE_SOON_DAYS } from './dueSoon';
export { describeRefresh } from './describeRefresh';
export { highlightRules, type HighlightRules } from './highlightRules';
export {
  toJsonReport,
  type JsonReport,
  type JsonPlanRow,
  type JsonActionRow,
  type JsonFinding,
  type JsonMovement,
  type JsonSummaryBlock,
} from './jsonReport';
export { layoutSummary } from './layoutSummary';
export { SUMMARY_SHEET_NAME } from './footprint';
export { interpretStatus, readOpinion, STAGE_LABELS, type StatusReading } from './status';
export { readActionStatus, ACTION_STATUS_WORDS, DISPOSITION_LABELS } from './actionStatus';
export { readPriority, GRADE_WORDS, type Priority } from './priorities';
export { OPINION_WORDS } from './opinions';
export { ACTION_FIELDS, FIELD_SPECS, PLAN_FIELDS, fieldLabel, type FieldSpec } from './fields';
export { trackerWords } from './trackerWords';
export { sortFindings, validate } from './validate';
export { dataValidationRules, type DataValidationRule } from './validationRules';
export { closestWord, STATUS_LIST } from './vocabulary';
export { cellAddress, columnLetter, parseCellAddress, quoteSheetName } from './address';
export { formatUkDate, parseDateOption } from './ukDates';
export { recheckRows, type ChangedRange } from './recheckRows';
export { describeMovement, describeRecording } from './movement/describeMovement';
export { recordPaper, recordedPapers } from './movement/recordedPapers';
export type { PaperComparison } from './movement/comparePaper';
export type { Movement } from './movement/compareWithPrevious';
export type { Disposition, HeadlineFigures, PaperSnapshot, RecordedPaper } from './movement/paper';
