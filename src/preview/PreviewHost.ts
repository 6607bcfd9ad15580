/**
 * The FileHost with the one Excel behaviour a file does not have: protected sheets refuse the add-in's writes.
 * Everything else (reading, writing, selection, edits, settings) is the file shell's, the same code the command
 * line's --out runs.
 */
import { FileHost } from '../file/FileHost';
import type { WorkbookBytes } from '../file/ooxml/openPackage';
import { WorkbookFile } from '../file/ooxml/WorkbookFile';
import type { RefreshResults, WriteReport } from '../host/WorkbookHost';
import { refuseProtectedWrites } from './protection';

export class PreviewHost extends FileHost {
  static async openPreview(bytes: WorkbookBytes): Promise<PreviewHost> {
    return new PreviewHost(WorkbookFile.open(bytes), { kind: 'Preview' });
  }

  override async writeResults(results: RefreshResults): Promise<WriteReport> {
    refuseProtectedWrites(this.file, results);
    return super.writeResults(results);
  }
}
