/**
 * The summary model for the preview's Download for Word: the workbook as it stands, read through the host and
 * analysed with the settings saved in it, as the ribbon's refresh would (and the pane's refresh saves its settings
 * first, so after a refresh the paper matches the summary sheet). Nothing is written.
 */
import { analyseWorkbook } from '../core/analyseWorkbook';
import { resolveSettings } from '../core/resolveSettings';
import type { IsoDate, SummaryModel } from '../core/types';
import { CHOOSE_TABLES_POINTER, tablesToBlockOn } from '../host/blocking';
import type { WorkbookHost } from '../host/WorkbookHost';

export type PaperFromHost = { kind: 'paper'; summary: SummaryModel } | { kind: 'blocked'; message: string };

export async function paperFromHost(host: WorkbookHost, today: IsoDate): Promise<PaperFromHost> {
  const [cells, stored] = await Promise.all([host.readWorkbook(), host.loadSettings()]);
  const analysis = analyseWorkbook(cells, { settings: resolveSettings(stored ?? {}), today });
  // Without any table there is no paper to write; a table gone since the last refresh is not this download's concern.
  if (tablesToBlockOn(analysis, null).length === 0) return { kind: 'paper', summary: analysis.summary };
  const said = analysis.findings.filter((finding) => finding.check === 'missing-table').map((finding) => finding.message);
  return { kind: 'blocked', message: [...said, CHOOSE_TABLES_POINTER].join(' ') };
}
