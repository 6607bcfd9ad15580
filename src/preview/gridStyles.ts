/** The grid's look: Excel's header greys, light cell borders, the selected cell's outline. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const ROW_HEADER_PX = 44;
export const ROW_HEIGHT_PX = 20;

export const useGridStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: '#ffffff',
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontFamily: 'Calibri, Carlito, "Liberation Sans", Arial, sans-serif',
    fontSize: '14px',
    color: '#000000',
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    height: `${ROW_HEIGHT_PX}px`,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    fontSize: '12px',
    textAlign: 'center',
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #bdbdbd',
  },
  corner: { left: 0, zIndex: 4 },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    fontSize: '12px',
    textAlign: 'center',
    borderRight: '1px solid #bdbdbd',
    borderBottom: '1px solid #d4d4d4',
  },
  activeHeader: { backgroundColor: '#d2d2d2', color: '#0f6cbd' },
  cell: {
    height: `${ROW_HEIGHT_PX}px`,
    padding: '0 3px',
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    verticalAlign: 'bottom',
    cursor: 'cell',
    scrollMarginTop: `${ROW_HEIGHT_PX + 2}px`,
    scrollMarginLeft: `${ROW_HEADER_PX + 2}px`,
    ':focus': { outlineStyle: 'none' },
  },
  spill: { overflow: 'visible', position: 'relative', zIndex: 1 },
  wrap: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    ':focus': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  editor: {
    width: '100%',
    boxSizing: 'border-box',
    font: 'inherit',
    border: 'none',
    padding: 0,
    margin: 0,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: '#ffffff',
  },
});

export type GridStyles = ReturnType<typeof useGridStyles>;
