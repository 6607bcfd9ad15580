/** The workbook mock's collections: worksheets (with change events), tables and the workbook's settings. */
import { rangeA1 } from '../../src/excel/rangeAddress';
import { rangeProxy } from './mockRange';
import { officeError } from './mockTypes';
import type { WorkbookMock } from './workbookMock';

export function makeWorksheets(mock: WorkbookMock): Excel.WorksheetCollection {
  return mock.collection(() => mock.liveSheets().map((sheet) => mock.sheetProxy(sheet)), {
    add: (name: string) => {
      const applied = mock.record({ sheet: null, target: 'worksheets' }, 'call', 'add', [name]);
      if (applied && mock.find(name)) {
        mock.batchFailed = officeError('ItemAlreadyExists', 'The resource you are creating already exists.');
        return mock.missing();
      }
      if (!applied) return mock.missing();
      const state = mock.newSheet(name, mock.sheets.length, null, true);
      mock.sheets.push(state);
      return mock.sheetProxy(state);
    },
    getItem: (key: string) => {
      const sheet = mock.find(key);
      if (!sheet) {
        mock.pendingErrors.push(officeError('ItemNotFound', `The requested resource doesn't exist.`));
        return mock.missing();
      }
      return mock.sheetProxy(sheet);
    },
    getItemOrNullObject: (key: string) => {
      const sheet = mock.find(key);
      return sheet ? mock.sheetProxy(sheet) : mock.nullObject();
    },
    getActiveWorksheet: () => mock.sheetProxy(mock.find(mock.activeSheet) ?? mock.sheets[0]),
    onChanged: {
      add: (handler: (event: unknown) => Promise<void>) => {
        mock.handlers.push(handler);
        return {
          context: mock.context,
          remove: () => {
            mock.record({ sheet: null, target: 'worksheets.onChanged' }, 'call', 'remove', []);
            mock.handlers.splice(mock.handlers.indexOf(handler), 1);
          },
        };
      },
    },
  }) as Excel.WorksheetCollection;
}

export function makeTables(mock: WorkbookMock): Excel.TableCollection {
  const all = () => mock.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  return mock.collection(
    () =>
      all().map(({ sheet, table }) =>
        mock.tracked(
          {
            name: table.name,
            showTotals: false,
            worksheet: { name: sheet.name },
            getRange: () => rangeProxy(mock, sheet, rangeA1(table.headerRow, table.firstColumn, table.lastRow, table.lastColumn)),
          },
          () => ({ sheet, target: `table ${table.name}` }),
        ),
      ),
    {},
  ) as Excel.TableCollection;
}

export function makeSettings(mock: WorkbookMock): Excel.SettingCollection {
  const item = (key: string) =>
    mock.tracked(
      {
        key,
        value: mock.settings.get(key),
        delete: () => {
          if (mock.record({ sheet: null, target: `setting ${key}` }, 'call', 'delete', [])) mock.settings.delete(key);
        },
      },
      () => ({ sheet: null, target: `setting ${key}` }),
      { extra: { isNullObject: false } },
    );
  return {
    getItemOrNullObject: (key: string) => (mock.settings.has(key) ? item(key) : mock.nullObject()),
    getItem: (key: string) => {
      if (mock.settings.has(key)) return item(key);
      mock.pendingErrors.push(officeError('ItemNotFound', `The requested resource doesn't exist.`));
      return mock.missing();
    },
    add: (key: string, value: string) => {
      if (mock.record({ sheet: null, target: 'settings' }, 'call', 'add', [key, value])) mock.settings.set(key, value);
    },
  } as unknown as Excel.SettingCollection;
}
