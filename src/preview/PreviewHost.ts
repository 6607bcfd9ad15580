/**
 * The FileHost with the one Excel behaviour a file library does not have: protected sheets refuse the add-in's
 * writes. Everything else (reading, writing, selection, edits, settings) is the file shell's, the same code the
 * command line's --out runs.
 */
import { FileHost } from '../file/FileHost';
import { loadWorkbook, type WorkbookBytes } from '../file/loadWorkbook';
import type { RefreshResults } from '../host/WorkbookHost';
import { refuseProtectedWrites } from './protection';

export class PreviewHost extends FileHost {
  static async openPreview(bytes: WorkbookBytes): Promise<PreviewHost> {
    return new PreviewHost(await loadWorkbook(bytes), { kind: 'Preview' });
  }

  override async writeResults(results: RefreshResults): Promise<void> {
    refuseProtectedWrites(this.workbook, results);
    await super.writeResults(results);
  }
}
