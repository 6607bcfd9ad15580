/** The workbook mock's ranges: values, formats, copying, special cells and validation, as Excel keeps them. */
import { quoteSheetName } from '../../src/core/address';
import { parseRangeAddress, rangeA1, SHEET_COLUMNS, SHEET_ROWS, type RangeRect } from '../../src/excel/rangeAddress';
import { conditionalFormatCollection } from './mockConditionalFormats';
import type { SheetState, WorkbookMock } from './workbookMock';

export function rangeProxy(mock: WorkbookMock, state: SheetState, address?: string): Excel.Range {
  const rect: RangeRect | null =
    address === undefined
      ? { sheet: '', top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1, bounded: false }
      : parseRangeAddress(address);
  if (!rect) throw new Error(`The mock cannot read the address ${address}`);
  const a1 = address === undefined ? '(whole sheet)' : address;
  const where = () => ({ sheet: state, target: `range ${a1}` });
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  const cells = rect.bounded ? rows * columns : 0;
  const overLimit = mock.options.getCellLimit !== undefined && cells > mock.options.getCellLimit;
  const grid = (read: (r: number, c: number) => unknown) =>
    rect.bounded && !overLimit
      ? Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => read(rect.top + r, rect.left + c)))
      : null;
  const fullAddress = `${quoteSheetName(state.name)}!${rect.bounded ? rangeA1(rect.top, rect.left, rect.bottom, rect.right) : a1}`;
  const validation = state.data.validationOf(
    rect.bounded ? rect : { ...rect, bottom: Math.min(rect.bottom, 2000), right: Math.min(rect.right, 200) },
  );
  const range = mock.tracked<Excel.Range>(
    {
      address: fullAddress,
      values: grid((r, c) => state.data.value(r, c)),
      numberFormat: grid((r, c) => state.data.format(r, c)),
      rowCount: rows,
      columnCount: columns,
      merge: (across: boolean) => mock.record(where(), 'call', 'merge', [across]),
      unmerge: () => mock.record(where(), 'call', 'unmerge', []),
      select: () => mock.record(where(), 'call', 'select', []),
      clear: (what = 'All') => {
        if (mock.record(where(), 'call', 'clear', [what])) state.data.clear(rect, what);
      },
      copyFrom: (source: Excel.Range, type = 'All') => {
        const from = (source as unknown as { _place: { state: SheetState; rect: RangeRect } })._place;
        if (
          !mock.record(where(), 'call', 'copyFrom', [
            `${quoteSheetName(from.state.name)}!${rangeA1(from.rect.top, from.rect.left, from.rect.bottom, from.rect.right)}`,
            type,
          ])
        )
          return;
        for (let r = 0; r <= from.rect.bottom - from.rect.top; r++) {
          for (let c = 0; c <= from.rect.right - from.rect.left; c++) {
            state.data.set(
              rect.top + r,
              rect.left + c,
              from.state.data.value(from.rect.top + r, from.rect.left + c),
              from.state.data.format(from.rect.top + r, from.rect.left + c),
            );
            const key = `${from.rect.top + r},${from.rect.left + c}`;
            if (from.state.data.formulaCells.has(key)) state.data.formulaCells.add(`${rect.top + r},${rect.left + c}`);
          }
        }
      },
      getIntersectionOrNullObject: (other: Excel.Range) => {
        const otherRect = (other as unknown as { _place?: { rect: RangeRect } })._place?.rect;
        if (!otherRect) return mock.nullObject();
        const top = Math.max(rect.top, otherRect.top);
        const left = Math.max(rect.left, otherRect.left);
        const bottom = Math.min(rect.bottom, otherRect.bottom);
        const right = Math.min(rect.right, otherRect.right);
        return top > bottom || left > right ? mock.nullObject() : rangeProxy(mock, state, rangeA1(top, left, bottom, right));
      },
      getSpecialCellsOrNullObject: (kind: string) => specialCells(mock, state, rect, kind),
      // The used part of this range (ExcelApi 1.4): the sheet's used range within it.
      getUsedRangeOrNullObject: () => {
        const used = state.data.usedRect();
        const top = Math.max(rect.top, used?.top ?? Infinity);
        const left = Math.max(rect.left, used?.left ?? Infinity);
        const bottom = Math.min(rect.bottom, used?.bottom ?? -1);
        const right = Math.min(rect.right, used?.right ?? -1);
        return top > bottom || left > right ? mock.nullObject() : rangeProxy(mock, state, rangeA1(top, left, bottom, right));
      },
    },
    where,
    {
      cells,
      responseBytes: (names) =>
        names.reduce(
          (sum, name) =>
            sum +
            (name === 'values' || name === 'numberFormat'
              ? Buffer.byteLength(JSON.stringify(grid((r, c) => (name === 'values' ? state.data.value(r, c) : state.data.format(r, c)))))
              : 0),
          0,
        ),
      onSet: (name, value) => {
        if (!rect.bounded) return;
        if (name === 'values') state.data.writeValues(rect, value as unknown[][], mock.options.textBecomesFormula ?? false);
        if (name === 'numberFormat') state.data.writeFormats(rect, value as unknown[][]);
      },
      extra: { isNullObject: false },
    },
  );
  // Not an Office property: lets copyFrom and getIntersectionOrNullObject see the other range's place without a load.
  Object.defineProperty(range, '_place', { value: { state, rect } });
  Object.defineProperty(range, 'format', { value: mock.recorder(where, ' format') });
  Object.defineProperty(range, 'conditionalFormats', { value: conditionalFormatCollection(mock, state, where) });
  const validationWhere = () => ({ sheet: state, target: `range ${a1} dataValidation` });
  Object.defineProperty(range, 'dataValidation', {
    value: mock.tracked(
      {
        type: validation.type,
        errorAlert: { title: validation.errorAlert?.title ?? '' },
        clear: () => {
          if (mock.record(validationWhere(), 'call', 'clear', [])) state.data.setValidation(rect, null);
        },
      },
      validationWhere,
      {
        onSet: (name, value) => {
          if (name === 'rule') state.data.setValidation(rect, { type: 'list' in (value as object) ? 'List' : 'Date' });
          if (name === 'errorAlert') state.data.setValidation(rect, { title: (value as { title: string }).title });
        },
      },
    ),
  });
  return range;
}

/** getSpecialCellsOrNullObject (ExcelApi 1.9) for the kinds the add-in asks for: formulas and validated cells. */
export function specialCells(mock: WorkbookMock, state: SheetState, rect: RangeRect, kind: string): Excel.RangeAreas {
  const areas = kind === 'Formulas' ? state.data.formulaAreas(rect) : kind === 'DataValidations' ? state.data.validatedAreas(rect) : [];
  if (areas.length === 0) return mock.nullObject<Excel.RangeAreas>();
  const rects = areas.map((area) => parseRangeAddress(area)!);
  const validation = state.data.validationOf(rects);
  return mock.tracked<Excel.RangeAreas>(
    {
      address: areas.map((area) => `${quoteSheetName(state.name)}!${area}`).join(','),
      dataValidation: { type: validation.type, errorAlert: { title: validation.errorAlert?.title ?? '' } },
    },
    () => ({ sheet: state, target: `special cells ${kind}` }),
    { extra: { isNullObject: false } },
  );
}
