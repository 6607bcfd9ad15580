/**
 * Counts context.sync() calls for a whole refresh through the Office.js shell (ExcelHost and its adapter functions)
 * against the workbook mock, so `npm run bench` can show the count stays fixed as the tracker grows.
 */
import { DEFAULT_SETTINGS } from '../src/core/types';
import { ExcelHost } from '../src/excel/ExcelHost';
import { refreshSummary } from '../src/host/refresh';
import { recordingReads } from '../src/taskpane/controller/recordingReads';
import { trackerWithActions } from '../test/excel/trackerWorkbook';
import { WorkbookMock } from '../test/excel/workbookMock';

/**
 * Why a refresh takes one sync more than the three of a read-twice, write-once design: the add-in's rules on the
 * user's sheets are replaced in a step of their own after the summary is written, so Excel failing to read or
 * delete a rule (office-js issues 5222, 6827, 6835) can never cost the summary; the summary's charts and print
 * setup ride at the end of that step (src/excel/README.md).
 */
export const SYNC_BUDGET_NOTE =
  'A refresh is 2 syncs to read, 1 to write the summary (with the reads of the add-in’s rules and of the charts on the summary), and 1 to replace the conditional formats and in-cell validation and then draw the summary’s charts and set up its page, so neither a rule nor a chart Excel cannot handle ever costs the summary.';

export interface SyncCalls {
  read: number;
  write: number;
  total: number;
}

/** context.sync() calls for one refresh of a tracker with `actionCount` actions (every Excel feature available). */
export async function measureSyncCalls(actionCount: number): Promise<number> {
  return (await measureSyncPhases(actionCount)).total;
}

/** The same, split into the read and the write. */
export async function measureSyncPhases(actionCount: number): Promise<SyncCalls> {
  return (await measureRefreshes(actionCount, [false]))[0];
}

/**
 * context.sync() calls for a paper recorded, then an ordinary refresh of the same workbook, which now holds the
 * recorded paper on its data sheet: recording and keeping papers must cost no sync of their own.
 */
export async function measureRecordingSyncs(actionCount: number): Promise<{ recording: number; afterwards: number }> {
  const [recording, afterwards] = await measureRefreshes(actionCount, [true, false]);
  return { recording: recording.total, afterwards: afterwards.total };
}

/** One refresh after another of the same workbook, recording the paper where asked, each one's syncs counted. */
async function measureRefreshes(actionCount: number, recordings: boolean[]): Promise<SyncCalls[]> {
  const mock = new WorkbookMock(trackerWithActions(actionCount));
  let start = 0;
  let read = 0;
  const host = new ExcelHost({
    run: (batch) => mock.run(batch),
    runIn: (_context, batch) => batch(mock.context),
    isSetSupported: () => true,
    newBuildId: () => 'bench',
  });
  // The refresh's own read is recorded as it ends, so the syncs before it are the read's.
  const recorded = recordingReads(host, () => {
    read = mock.syncCount - start;
  });
  const calls: SyncCalls[] = [];
  for (const record of recordings) {
    start = mock.syncCount;
    await refreshSummary(recorded, DEFAULT_SETTINGS, '2024-10-01', () => {}, { record });
    const total = mock.syncCount - start;
    calls.push({ read, write: total - read, total });
  }
  return calls;
}
