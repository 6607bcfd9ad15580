/**
 * The FileHost with the one Excel behaviour a file library does not have: protected sheets refuse the add-in's
 * writes. Everything else (reading, writing, selection, edits, settings) is the file shell's, the same code the
 * command line's --out runs.
 */
import { FileHost } from '../file/FileHost';
import { loadWorkbook, type WorkbookBytes } from '../file/loadWorkbook';
import type { RefreshResults, WriteReport } from '../host/WorkbookHost';
import { refuseProtectedWrites } from './protection';

export class PreviewHost extends FileHost {
  static async openPreview(bytes: WorkbookBytes): Promise<PreviewHost> {
    return new PreviewHost(await loadWorkbook(bytes), { kind: 'Preview' });
  }

  override async writeResults(results: RefreshResults): Promise<WriteReport> {
    refuseProtectedWrites(this.workbook, results);
    return super.writeResults(results);
  }
}
