/**
 * The workbook mock's print setup: Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9), kept as Excel
 * keeps them where the add-in relies on it:
 *   - `zoom` takes effect only when set as a whole object; setting a member of the object it gives back changes
 *     nothing (the PageLayout reference: "use x.zoom = {...} instead of x.zoom.scale = ...");
 *   - `horizontalPageBreaks.add(range)` puts a manual break above the range's first row, and `removePageBreaks()`
 *     removes the collection's manual breaks (not the vertical ones);
 *   - on an Excel without ExcelApi 1.9 (MockOptions.excelApi) any of it fails the batch with ApiNotFound.
 */
import { parseRangeAddress, rangeA1 } from '../../src/excel/rangeAddress';
import { gate, type MockOptions, type SheetState } from './mockTypes';
import type { WorkbookMock } from './workbookMock';

export interface MockPrint {
  /** Every property set on pageLayout, by name (paperSize, orientation, topMargin...), as last set. */
  settings: Record<string, unknown>;
  printArea: string | null;
  titleRows: string | null;
  /** Manual horizontal page breaks: the 0-based row each comes above. */
  breaks: number[];
}

/** A sheet's print setup before the test starts: default, with any manual breaks given (MockOptions.pageBreaks). */
export function givenPrint(options: MockOptions, sheet: string): MockPrint {
  const breaks = (options.pageBreaks ?? []).filter((given) => given.sheet === sheet).flatMap((given) => given.rows);
  return { settings: {}, printArea: null, titleRows: null, breaks };
}

/** `sheet.pageLayout`. */
export function pageLayoutOf(mock: WorkbookMock, state: SheetState): Excel.PageLayout {
  const where = () => ({ sheet: state, target: 'pageLayout' });
  const print = state.print;
  const call = (method: string, argument: unknown, apply: () => void) => {
    if (gate(mock, '1.9', `PageLayout.${method}`) && mock.record(where(), 'call', method, [address(argument)])) apply();
  };
  const methods = {
    setPrintArea: (area: Excel.Range | string) => call('setPrintArea', area, () => (print.printArea = address(area))),
    setPrintTitleRows: (rows: Excel.Range | string) => call('setPrintTitleRows', rows, () => (print.titleRows = address(rows))),
  };
  return new Proxy(methods, {
    get: (target, property) => {
      const name = String(property);
      if (name in target) return target[name as keyof typeof methods];
      // A copy: what is set on it is not Excel's.
      if (name === 'zoom') return { ...(print.settings.zoom as object) };
      return print.settings[name];
    },
    set: (_target, property, value) => {
      const name = String(property);
      if (gate(mock, '1.9', `PageLayout.${name}`) && mock.record(where(), 'set', name, value))
        print.settings[name] = name === 'zoom' ? { ...value } : value;
      return true;
    },
  }) as unknown as Excel.PageLayout;
}

/** `sheet.horizontalPageBreaks`. */
export function horizontalPageBreaksOf(mock: WorkbookMock, state: SheetState): Excel.PageBreakCollection {
  const where = () => ({ sheet: state, target: 'horizontalPageBreaks' });
  return {
    add: (range: Excel.Range | string) => {
      if (!gate(mock, '1.9', 'PageBreakCollection.add') || !mock.record(where(), 'call', 'add', [address(range)])) return mock.missing();
      const row = parseRangeAddress(address(range))?.top ?? 0;
      if (!state.print.breaks.includes(row)) state.print.breaks = [...state.print.breaks, row].sort((a, b) => a - b);
      return mock.recorder(() => ({ sheet: state, target: `page break above row ${row + 1}` }), '');
    },
    removePageBreaks: () => {
      if (gate(mock, '1.9', 'PageBreakCollection.removePageBreaks') && mock.record(where(), 'call', 'removePageBreaks', [])) state.print.breaks = [];
    },
  } as unknown as Excel.PageBreakCollection;
}

/** A range the mock gave out, or an address as given. */
function address(range: unknown): string {
  if (typeof range === 'string') return range;
  const place = (range as { _place?: { rect: { top: number; left: number; bottom: number; right: number } } })._place;
  if (!place) throw new Error('The mock can only take a range it gave out');
  return rangeA1(place.rect.top, place.rect.left, place.rect.bottom, place.rect.right);
}
