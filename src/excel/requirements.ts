/**
 * Which Excel features this copy of Excel offers. The manifest demands only what a refresh needs (MIN_EXCEL_API);
 * everything else is detected here at run time so an older Excel still refreshes and the pane says what is missing.
 */

/** Conditional formats (the overdue marking) are ExcelApi 1.6; used ranges, null objects and settings are 1.4. */
export const MIN_EXCEL_API = '1.6';

/** `Office.context.requirements.isSetSupported`, passed in so tests decide what Excel supports. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface Capabilities {
  /** Range.dataValidation: ExcelApi 1.8. */
  inCellValidation: boolean;
  /** WorksheetCollection.onChanged: ExcelApi 1.9. */
  liveChecking: boolean;
  /** WorksheetChangedEventArgs.triggerSource, to ignore the add-in's own edits exactly: ExcelApi 1.14. */
  triggerSource: boolean;
  /** Office.addin.setStartupBehavior / getStartupBehavior, to start with the workbook when chosen: SharedRuntime 1.1. */
  loadOnOpen: boolean;
  /** Workbook.protection (is the structure protected?) and RangeFormat.useStandardHeight: ExcelApi 1.7. */
  workbookProtection: boolean;
  /**
   * Range.copyFrom (replace the summary's contents from the sheet built aside) and getSpecialCellsOrNullObject
   * (which written cells Excel holds as formulas; which cells carry in-cell validation): ExcelApi 1.9.
   */
  rangeAreas: boolean;
  /**
   * The summary's charts: ChartCollection.add and ChartSeries name and fill are ExcelApi 1.1, but each series is
   * pointed at its cells with ChartSeriesCollection.add, setValues and setXAxisValues: ExcelApi 1.7.
   */
  charts: boolean;
  /** ChartAxis.numberFormat, so the value axis reads "0" whatever the cells' format: ExcelApi 1.8. */
  chartAxisFormat: boolean;
  /** Worksheet.pageLayout (A4, orientation, fit, margins, print area and titles) and horizontalPageBreaks: ExcelApi 1.9. */
  printSetup: boolean;
}

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  return {
    inCellValidation: isSetSupported('ExcelApi', '1.8'),
    liveChecking: isSetSupported('ExcelApi', '1.9'),
    triggerSource: isSetSupported('ExcelApi', '1.14'),
    loadOnOpen: isSetSupported('SharedRuntime', '1.1'),
    workbookProtection: isSetSupported('ExcelApi', '1.7'),
    rangeAreas: isSetSupported('ExcelApi', '1.9'),
    charts: isSetSupported('ExcelApi', '1.7'),
    chartAxisFormat: isSetSupported('ExcelApi', '1.8'),
    printSetup: isSetSupported('ExcelApi', '1.9'),
  };
}

/**
 * One sentence per missing feature, for the pane. triggerSource, workbook protection, range areas and the axis's
 * number format have none: without them the add-in ignores edits made while it is writing, lets Excel report a
 * protected workbook, writes the summary a slower way and leaves the axis's labels to the cells' format (whole
 * counts either way), none of which the user can tell apart.
 */
export function describeLimitations(capabilities: Capabilities): string[] {
  return LIMITATIONS.filter(([capability]) => !capabilities[capability]).map(([, sentence]) => sentence);
}

/** What the user is told for each feature this Excel lacks, in the order the pane lists them. */
const LIMITATIONS: readonly [keyof Capabilities, string][] = [
  [
    'inCellValidation',
    'This version of Excel cannot add in-cell lists and date rules (it needs Excel API 1.8), so the tables are only checked when you refresh or edit them.',
  ],
  [
    'liveChecking',
    'This version of Excel cannot tell the add-in about edits (it needs Excel API 1.9), so findings update only when you select Refresh.',
  ],
  ['charts', 'This version of Excel cannot draw the summary’s charts (it needs Excel API 1.7), so the summary sheet has its tables without charts.'],
  [
    'printSetup',
    'This version of Excel cannot set the summary up for printing (it needs Excel API 1.9): in Page Layout choose Size A4, Width 1 page, and Print Titles to repeat the summary’s title on each page.',
  ],
  ['loadOnOpen', 'This version of Excel cannot start the add-in with the workbook, so open the Audit tracker pane to check edits.'],
];

/** Office's own answer, or "nothing beyond the minimum" outside Office (where `Office` may be undefined). */
export function officeIsSetSupported(): IsSetSupported {
  return (name, minVersion) => {
    if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
    return Office.context.requirements.isSetSupported(name, minVersion);
  };
}
