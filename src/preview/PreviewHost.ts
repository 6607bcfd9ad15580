/**
 * The FileHost with the one Excel behaviour a file does not have: protected sheets refuse the add-in's writes; and it
 * keeps the last summary layout written, so the page can draw the summary's charts. Everything else (reading,
 * writing, selection, edits, settings) is the file shell's, the same code the command line's --out runs.
 */
import type { SummaryLayout } from '../core/types';
import { FileHost } from '../file/FileHost';
import type { WorkbookBytes } from '../file/ooxml/openPackage';
import { WorkbookFile } from '../file/ooxml/WorkbookFile';
import type { RefreshResults, WriteReport } from '../host/WorkbookHost';
import { refuseProtectedWrites } from './protection';

export class PreviewHost extends FileHost {
  /**
   * The layout of the summary this page last wrote, for drawing its charts: a file library keeps no charts, so the
   * preview draws them from the layout's description (SummaryCharts.tsx). Null until a refresh in this page.
   */
  private written: SummaryLayout | null = null;

  static async openPreview(bytes: WorkbookBytes): Promise<PreviewHost> {
    return new PreviewHost(WorkbookFile.open(bytes), { kind: 'Preview' });
  }

  get summaryLayout(): SummaryLayout | null {
    return this.written;
  }

  override async open(bytes: WorkbookBytes): Promise<void> {
    await super.open(bytes);
    this.written = null;
  }

  override async writeResults(results: RefreshResults): Promise<WriteReport> {
    refuseProtectedWrites(this.file, results);
    // Kept before the write, whose event redraws the page; a failed write throws and the page shows the old one.
    const previous = this.written;
    this.written = results.layout;
    try {
      return await super.writeResults(results);
    } catch (error) {
      this.written = previous;
      throw error;
    }
  }
}
