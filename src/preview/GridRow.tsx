/** One row of the grid, memoised: it redraws only when its cells, selection, editor or colour change. */
import { mergeClasses } from '@fluentui/react-components';
import { memo } from 'react';
import { cellAddress } from '../core/address';
import { CellEditor, type FinishEditing } from './CellEditor';
import { ROW_HEIGHT_PX, type GridStyles } from './gridStyles';
import { TONE_STYLES, type ToneSpan } from './conditionalFormats';
import type { GridCell } from './gridModel';

export interface Editing {
  row: number;
  column: number;
  initial: string;
}

export function cellDomId(sheet: string, row: number, column: number): string {
  return `cell-${encodeURIComponent(sheet).replace(/%/g, '_')}-${row}-${column}`;
}

export interface GridRowProps {
  sheet: string;
  row: number;
  cells: GridCell[];
  /** The column holding the grid's one tab stop on this row, or -1. */
  focusColumn: number;
  selectedColumn: number;
  editing: Editing | null;
  tone: ToneSpan | undefined;
  onFinishEditing: FinishEditing;
  styles: GridStyles;
}

export const GridRow = memo(function GridRow({
  sheet,
  row,
  cells,
  focusColumn,
  selectedColumn,
  editing,
  tone: span,
  onFinishEditing,
  styles,
}: GridRowProps) {
  return (
    <tr style={{ height: ROW_HEIGHT_PX }}>
      <th scope="row" className={mergeClasses(styles.rowHeader, selectedColumn >= 0 && styles.activeHeader)}>
        {row + 1}
      </th>
      {cells.map((cell, c) => {
        if (cell.covered) return null;
        const tone = span && c >= span.firstColumn && c <= span.lastColumn ? TONE_STYLES[span.tone] : null;
        const isEditing = editing?.column === c;
        return (
          <td
            key={c}
            id={cellDomId(sheet, row, c)}
            role="gridcell"
            data-r={row}
            data-c={c}
            title={cell.fullText}
            rowSpan={cell.rowSpan}
            colSpan={cell.colSpan}
            aria-selected={c === selectedColumn}
            tabIndex={c === focusColumn ? 0 : -1}
            className={mergeClasses(styles.cell, cell.spills && styles.spill, cell.wrap && styles.wrap, c === selectedColumn && styles.selected)}
            style={{
              textAlign: cell.align,
              fontWeight: cell.bold ? 700 : undefined,
              fontStyle: cell.italic ? 'italic' : undefined,
              // Conditional formats win over the cell's own fill and font colour, as in Excel.
              backgroundColor: tone?.fill ?? cell.fill,
              color: tone?.color ?? cell.color,
            }}
          >
            {isEditing ? (
              <CellEditor address={cellAddress(sheet, row, c)} initial={editing.initial} onFinish={onFinishEditing} className={styles.editor} />
            ) : (
              cell.text
            )}
          </td>
        );
      })}
    </tr>
  );
});
