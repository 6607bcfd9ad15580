import type { WorkbookCells } from '../../core/types';
import type { WorkbookHost } from '../../host/WorkbookHost';

/**
 * The same host, but every workbook read is also handed to `onRead`. A refresh reads the workbook once; keeping
 * that read lets live checking patch it cell by cell instead of reading the whole workbook on every edit.
 */
export function recordingReads(host: WorkbookHost, onRead: (cells: WorkbookCells) => void): WorkbookHost {
  const exclusive = host.exclusive?.bind(host);
  return {
    kind: host.kind,
    // A refresh runs as one piece of the host's work; the host inside is wrapped the same way.
    ...(exclusive
      ? { exclusive: <T>(work: (inside: WorkbookHost) => Promise<T>) => exclusive((inside) => work(recordingReads(inside, onRead))) }
      : {}),
    readWorkbook: async () => {
      const cells = await host.readWorkbook();
      onRead(cells);
      return cells;
    },
    writeResults: (results) => host.writeResults(results),
    selectCell: (address) => host.selectCell(address),
    showSummary: () => host.showSummary(),
    onCellsChanged: (listener) => host.onCellsChanged(listener),
    loadSettings: () => host.loadSettings(),
    saveSettings: (settings) => host.saveSettings(settings),
    limitations: () => host.limitations(),
  };
}
