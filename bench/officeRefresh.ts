/**
 * Counts context.sync() calls for a whole refresh through the Office.js shell (ExcelHost and its adapter functions)
 * against the workbook mock, so `npm run bench` can show the count stays fixed as the tracker grows.
 */
import { DEFAULT_SETTINGS } from '../src/core/types';
import { ExcelHost } from '../src/excel/ExcelHost';
import { refreshSummary } from '../src/host/refresh';
import { trackerWithActions } from '../test/excel/trackerWorkbook';
import { WorkbookMock } from '../test/excel/workbookMock';

/** context.sync() calls for one refresh of a tracker with `actionCount` actions (every Excel feature available). */
export async function measureSyncCalls(actionCount: number): Promise<number> {
  const mock = new WorkbookMock(trackerWithActions(actionCount));
  const host = new ExcelHost({
    run: (batch) => batch(mock.context),
    runIn: (_context, batch) => batch(mock.context),
    isSetSupported: () => true,
  });
  await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
  return mock.syncCount;
}
