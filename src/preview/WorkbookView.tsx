/**
 * The Excel window's stand-in: the active sheet's grid, a status line naming the selected cell, and one tab per
 * visible sheet along the bottom, as Excel lays them out.
 */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { cellAddress, columnLetter } from '../core/address';
import { sameSheetName, SUMMARY_SHEET_NAME } from '../core/footprint';
import type { SummaryLayout } from '../core/types';
import type { FileHost } from '../file/FileHost';
import { SheetGrid } from './SheetGrid';
import { gridModel } from './gridModel';
import { SummaryCharts } from './SummaryCharts';
import { useConditionalFormats } from './useConditionalFormats';
import { useHostView, type HostView } from './useHostView';
import { visibleSheetNames } from './visibleSheets';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    minHeight: 0,
    flexGrow: 1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  status: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: '20px',
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: 'auto',
    flexShrink: 0,
  },
});

export interface WorkbookViewProps {
  host: FileHost;
  /** The summary layout last written, whose charts are drawn under the summary sheet (PreviewHost keeps it). */
  summaryLayout?: () => SummaryLayout | null;
}

export function WorkbookView({ host, summaryLayout }: WorkbookViewProps) {
  const styles = useStyles();
  const view = useHostView(host);
  const tones = useConditionalFormats(host, view.version);
  // A notice is about the cell it was given for: moving on (another cell or sheet) clears it.
  const [given, setGiven] = useState<{ message: string; selection: HostView['selection']; sheet: string } | null>(null);
  if (given && (given.selection !== view.selection || given.sheet !== view.activeSheet)) setGiven(null);
  const notice = given?.selection === view.selection && given.sheet === view.activeSheet ? given.message : null;
  const onNotice = useCallback(
    (message: string | null) => setGiven(message === null ? null : { message, selection: view.selection, sheet: view.activeSheet }),
    [view.selection, view.activeSheet],
  );
  const file = host.file;
  // The file is changed in place: the view's version, not the file's identity, says when to look at it again, so the
  // two memos below list it although they do not read it.
  const { version } = view;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version: the file changed in place
  const sheets = useMemo(() => visibleSheetNames(file), [file, version]);
  const worksheet = file.sheet(view.activeSheet);
  const selection = view.selection && view.selection.sheet === view.activeSheet ? view.selection : null;

  const base = useMemo(
    () => (worksheet ? gridModel(worksheet.name, file.content(worksheet), file.styles) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version: the file changed in place
    [file, worksheet, version],
  );
  // A selection beyond the drawn area (a finding far down) grows the grid to reach it; otherwise reuse the model.
  // The reach's numbers, not an object, decide when to redraw.
  const beyond = selection && base && (selection.row >= base.rowCount || selection.column >= base.columnCount);
  const reachRows = beyond ? selection.row + 1 : null;
  const reachColumns = beyond ? selection.column + 1 : null;
  const grid = useMemo(
    () =>
      reachRows !== null && reachColumns !== null && worksheet
        ? gridModel(worksheet.name, file.content(worksheet), file.styles, { rows: reachRows, columns: reachColumns })
        : base,
    [base, file, worksheet, reachRows, reachColumns],
  );
  const layout = summaryLayout?.() ?? null;
  const charts = layout && sameSheetName(view.activeSheet, SUMMARY_SHEET_NAME) ? layout : null;
  const selectedRow = selection?.row ?? null;
  const selectedColumn = selection?.column ?? null;
  const cellPosition = useMemo(
    () => (selectedRow !== null && selectedColumn !== null ? { row: selectedRow, column: selectedColumn } : null),
    [selectedRow, selectedColumn],
  );

  return (
    <section className={styles.view} aria-label="Workbook">
      <div className={styles.status} role="status" aria-live="polite">
        {selection ? selectionText(selection) : 'No cell selected'}
        {notice && `. ${notice}`}
      </div>
      {grid && <SheetGrid host={host} grid={grid} selection={cellPosition} tones={tones.get(grid.name)} onNotice={onNotice} />}
      {charts && <SummaryCharts layout={charts} />}
      <TabList
        className={styles.tabs}
        aria-label="Sheets"
        size="small"
        selectedValue={view.activeSheet}
        onTabSelect={(_, data) => host.activateSheet(String(data.value))}
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </section>
  );
}

/** "Selected cell: Actions!D4", or for a range (Copy for Word's fallback) "Selected range: 'JAC Summary'!A1:E50". */
function selectionText(selection: NonNullable<FileHost['selection']>): string {
  const first = cellAddress(selection.sheet, selection.row, selection.column);
  if (!selection.range) return `Selected cell: ${first}`;
  return `Selected range: ${first}:${columnLetter(selection.range.right)}${selection.range.bottom + 1}`;
}
