/**
 * The Excel window's stand-in: the active sheet's grid, a status line naming the selected cell, and one tab per
 * visible sheet along the bottom, as Excel lays them out.
 */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { cellAddress } from '../core/address';
import type { FileHost } from '../file/FileHost';
import { SheetGrid } from './SheetGrid';
import { gridModel } from './gridModel';
import { useHighlights } from './useHighlights';
import { useHostView } from './useHostView';
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

export function WorkbookView({ host }: { host: FileHost }) {
  const styles = useStyles();
  const view = useHostView(host);
  const highlights = useHighlights(host, view.version);
  const [notice, setNotice] = useState<string | null>(null);
  // A notice is about the cell it was given for: moving on clears it.
  useEffect(() => setNotice(null), [view.selection, view.activeSheet]);
  const file = host.file;
  const sheets = useMemo(() => visibleSheetNames(file), [file, view.version]);
  const worksheet = file.sheet(view.activeSheet);
  const selection = view.selection && view.selection.sheet === view.activeSheet ? view.selection : null;

  const base = useMemo(
    () => (worksheet ? gridModel(worksheet.name, file.content(worksheet), file.styles) : null),
    [file, worksheet, view.version],
  );
  // A selection beyond the drawn area (a finding far down) grows the grid to reach it; otherwise reuse the model.
  const reach = selection && base && (selection.row >= base.rowCount || selection.column >= base.columnCount)
    ? { rows: selection.row + 1, columns: selection.column + 1 }
    : null;
  const grid = useMemo(
    () => (reach && worksheet ? gridModel(worksheet.name, file.content(worksheet), file.styles, reach) : base),
    // The reach's numbers, not the object, decide when to redraw.
    [base, file, worksheet, reach?.rows, reach?.columns],
  );
  const cellPosition = useMemo(() => (selection ? { row: selection.row, column: selection.column } : null), [selection?.row, selection?.column]);

  return (
    <section className={styles.view} aria-label="Workbook">
      <div className={styles.status} role="status" aria-live="polite">
        {selection ? `Selected cell: ${cellAddress(selection.sheet, selection.row, selection.column)}` : 'No cell selected'}
        {notice && `. ${notice}`}
      </div>
      {grid && (
        <SheetGrid host={host} grid={grid} selection={cellPosition} highlights={highlights.get(grid.name)} onNotice={setNotice} />
      )}
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
