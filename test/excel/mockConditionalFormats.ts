/**
 * The workbook mock's conditional formats, as Excel gives them: `customOrNullObject` a null object on rules of other
 * kinds, `custom` failing on them (office-js issue 2180), layouts Excel cannot read or delete (issues 5222, 6827,
 * 6835), and ids good within one request only.
 */
import type { FormatEntry, SheetState, Where, WorkbookMock } from './workbookMock';
import { officeError } from './workbookMock';

export function conditionalFormatCollection(mock: WorkbookMock, state: SheetState, where: Where): Excel.ConditionalFormatCollection {
  const onSheet = () => mock.conditionalFormats.filter((format) => format.sheet === state.name);
  const items = () => onSheet().map((format, index) => conditionalFormatItem(mock, state, format, index));
  const collection = mock.collection(
    items,
    {
      add: (type: string) => {
        const at = where();
        const range = at.target.replace(/^range /, '');
        const entry: FormatEntry = { sheet: state.name, type, formula: '', range, serial: mock.nextFormat++ };
        if (mock.record({ sheet: at.sheet, target: `${at.target} conditionalFormats` }, 'call', 'add', [type]))
          mock.conditionalFormats.unshift(entry);
        return mock.recorder(
          () => ({ sheet: state, target: `${at.target} conditionalFormats.add(${type})` }),
          '',
          (path, name, value) => {
            if (path === '.custom.rule' && name === 'formula') entry.formula = String(value);
          },
        );
      },
      getItem: (id: string) => {
        const index = onSheet().findIndex((_, i) => formatId(mock, i) === id);
        if (index < 0) {
          mock.pendingErrors.push(officeError('ItemNotFound', `The requested resource doesn't exist.`));
          return mock.missing();
        }
        return conditionalFormatItem(mock, state, onSheet()[index], index);
      },
    },
    (spec) => {
      const names = spec.split(',').map((name) => name.trim().replace(/^items\//, ''));
      const deep = names.some((name) => name !== 'type' && name !== 'id');
      // A layout Excel cannot read: anything beyond the type fails the whole sync (issues 6827, 6835).
      if (deep && onSheet().some((format) => format.unreadable)) return officeError('GeneralException', 'An internal error has occurred.');
      // `custom` on a rule of another kind (issue 2180); `customOrNullObject` is the way to read it.
      if (names.some((name) => name.startsWith('custom/')) && onSheet().some((format) => format.type !== 'Custom')) {
        return officeError('InvalidOperation', 'This operation is not permitted for the current object.');
      }
      return null;
    },
  );
  return collection as unknown as Excel.ConditionalFormatCollection;
}

/** Ids hold within one request only: Office.js documents them for the collection as loaded, nothing more. */
export function formatId(mock: WorkbookMock, index: number): string {
  return `{cf-${mock.runCount}-${index + 1}}`;
}

export function conditionalFormatItem(mock: WorkbookMock, state: SheetState, format: FormatEntry, index: number): unknown {
  const where = () => ({ sheet: state, target: `conditionalFormat ${format.type}:${format.formula || format.serial}` });
  const custom = format.type === 'Custom';
  const item = mock.tracked<Record<string, unknown>>(
    {
      id: formatId(mock, index),
      type: format.type,
      customOrNullObject: { rule: { formula: custom ? format.formula : '' } },
      custom: { rule: { formula: custom ? format.formula : '' } },
      delete: () => {
        if (format.undeletable) {
          mock.pendingErrors.push(officeError('ItemNotFound', 'Item Not Found.'));
          return;
        }
        if (!mock.record(where(), 'call', 'delete', [])) return;
        mock.conditionalFormats = mock.conditionalFormats.filter((f) => f !== format);
      },
    },
    where,
  );
  (item.customOrNullObject as Record<string, unknown>).isNullObject = !custom;
  return item;
}
