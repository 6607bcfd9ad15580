/**
 * One sheet drawn as Excel draws it: column letters, row numbers, cells with their display text and styles, the
 * add-in's row colours, and the selected cell. A selected cell is edited with Enter, F2, a double-click or by
 * typing; Enter commits, Escape cancels. Edits go through FileHost.editCell, which raises the same change event
 * Excel would, so the pane's live checking sees them exactly as it does in Excel.
 *
 * Event handlers sit on the table, not on each cell, and rows are memoised, so moving the selection redraws two
 * rows and a 2,000-row sheet stays responsive.
 */
import { mergeClasses } from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { cellAddress, columnLetter } from '../core/address';
import type { FileHost } from '../file/FileHost';
import { editText } from './displayValue';
import { ROW_HEADER_PX, useGridStyles } from './gridStyles';
import { GridRow, type Editing } from './GridRow';
import type { ToneSpan } from './conditionalFormats';
import type { GridModel } from './gridModel';

export interface SheetGridProps {
  host: FileHost;
  grid: GridModel;
  /** The selected cell when it is on this sheet. */
  selection: { row: number; column: number } | null;
  /** 0-based row -> the add-in's colour for it. */
  tones: Map<number, ToneSpan> | undefined;
  /** Something the person should be told, such as an edit refused on a protected sheet; null clears it. */
  onNotice(message: string | null): void;
}

export function SheetGrid({ host, grid, selection, tones, onNotice }: SheetGridProps) {
  const styles = useGridStyles();
  const tableRef = useRef<HTMLTableElement>(null);
  // An open editor belongs to the grid it was opened on: another sheet or workbook (or the model redrawn after an
  // edit) closes it.
  const [opened, setOpened] = useState<{ grid: GridModel; editing: Editing } | null>(null);
  if (opened && opened.grid !== grid) setOpened(null);
  const editing = opened?.grid === grid ? opened.editing : null;
  const sheet = grid.name;
  const active = selection ?? { row: 0, column: 0 };

  const select = useCallback(
    (row: number, column: number) => {
      if (row < 0 || column < 0) return;
      void host.selectCell(cellAddress(sheet, row, column));
    },
    [host, sheet],
  );

  const focusCell = useCallback((row: number, column: number) => {
    tableRef.current?.querySelector<HTMLElement>(`td[data-r="${row}"][data-c="${column}"]`)?.focus({ preventScroll: true });
  }, []);

  // Bring the selected cell into view (also when the pane selects it) and keep focus on it while the grid has focus.
  useEffect(() => {
    if (!selection) return;
    const cell = tableRef.current?.querySelector<HTMLElement>(`td[data-r="${selection.row}"][data-c="${selection.column}"]`);
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (cell && tableRef.current?.contains(document.activeElement) && !editing) cell.focus({ preventScroll: true });
  }, [selection, editing, sheet]);

  /** Excel refuses to change cells on a protected sheet (or part of a shared formula); so does the preview, and says why. */
  const editable = useCallback(
    (row: number, column: number): boolean => {
      const refusal = host.editRefusal(sheet, row, column);
      if (refusal === null) return true;
      onNotice(refusal);
      return false;
    },
    [host, sheet, onNotice],
  );

  const startEditing = useCallback(
    (row: number, column: number, initial?: string) => {
      if (!editable(row, column)) return;
      const entry = host.file.sheet(sheet);
      const cells = entry ? host.file.content(entry).rows[row] : undefined;
      const format = host.file.styles.numberFormat(cells?.styles[column] ?? 0);
      setOpened({ grid, editing: { row, column, initial: initial ?? editText(cells?.values[column], format) } });
    },
    [host, sheet, grid, editable],
  );

  // Read through refs so the callback stays the same while editing and the memoised rows are not all redrawn;
  // brought up to date once the render is committed, before any event can reach the editor.
  const editingRef = useRef<Editing | null>(null);
  const limits = useRef({ rows: grid.rowCount, columns: grid.columnCount });
  useLayoutEffect(() => {
    editingRef.current = editing;
    limits.current = { rows: grid.rowCount, columns: grid.columnCount };
  });

  const finishEditing = useCallback(
    (text: string | null, move: { rows: number; columns: number }) => {
      const current = editingRef.current;
      if (!current) return;
      const { row, column } = current;
      setOpened(null);
      if (text !== null) host.editCell({ sheet, row, column }, text);
      const next = {
        row: Math.max(0, Math.min(limits.current.rows - 1, row + move.rows)),
        column: Math.max(0, Math.min(limits.current.columns - 1, column + move.columns)),
      };
      select(next.row, next.column);
      // The editor is gone; give focus back to the grid so the keyboard keeps working there.
      requestAnimationFrame(() => focusCell(next.row, next.column));
    },
    [host, sheet, select, focusCell],
  );

  const cellFromEvent = (event: { target: EventTarget }): { row: number; column: number } | null => {
    const td = (event.target as HTMLElement).closest?.('td[data-r]') as HTMLElement | null;
    return td ? { row: Number(td.dataset.r), column: Number(td.dataset.c) } : null;
  };

  const onClick = (event: MouseEvent) => {
    const cell = cellFromEvent(event);
    if (cell && !(editing && editing.row === cell.row && editing.column === cell.column)) select(cell.row, cell.column);
  };

  const onDoubleClick = (event: MouseEvent) => {
    const cell = cellFromEvent(event);
    if (cell) startEditing(cell.row, cell.column);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (editing || event.altKey || event.ctrlKey || event.metaKey) return;
    const { row, column } = active;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-20, 0],
      PageDown: [20, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = {
        row: Math.max(0, Math.min(grid.rowCount - 1, row + move[0])),
        column: Math.max(0, Math.min(grid.columnCount - 1, column + move[1])),
      };
      select(next.row, next.column);
      focusCell(next.row, next.column);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(row, column);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (editable(row, column)) host.editCell({ sheet, row, column }, '');
    } else if (event.key.length === 1 && event.key !== ' ') {
      // Typing on a selected cell replaces its content, as in Excel.
      event.preventDefault();
      startEditing(row, column, event.key);
    }
  };

  return (
    <div className={styles.scroller}>
      <table
        ref={tableRef}
        role="grid"
        aria-label={`Sheet ${sheet}`}
        aria-rowcount={grid.rowCount + 1}
        aria-colcount={grid.columnCount + 1}
        className={styles.table}
        style={{ width: ROW_HEADER_PX + grid.columnWidths.reduce((sum, width) => sum + width, 0) }}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {grid.columnWidths.map((width, c) => (
            <col key={c} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={mergeClasses(styles.header, styles.corner)} aria-hidden="true" />
            {grid.columnWidths.map((_, c) => (
              <th key={c} scope="col" className={mergeClasses(styles.header, c === selection?.column && styles.activeHeader)}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((cells, r) => (
            <GridRow
              key={r}
              sheet={sheet}
              row={r}
              cells={cells}
              focusColumn={r === active.row ? active.column : -1}
              selectedColumn={selection && r === selection.row ? selection.column : -1}
              editing={editing && editing.row === r ? editing : null}
              tone={tones?.get(r)}
              onFinishEditing={finishEditing}
              styles={styles}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
