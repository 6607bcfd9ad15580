import type { SummaryModel } from '../../core/types';
import type { WorkbookHost } from '../../host/WorkbookHost';
import { paperHtml } from '../../paper/paperHtml';
import { paperText } from '../../paper/paperText';
import { toPaneError } from '../controller/toPaneError';
import type { CopyStatus } from '../state/paneState';
import { summarySelection } from './panePaper';
import { writeClipboard, type ClipboardContent, type ClipboardRoute } from './writeClipboard';

export type CopyOutcome = Exclude<CopyStatus, { phase: 'idle' | 'copying' }>;

/**
 * Copy for Word: the summary onto the clipboard as HTML (formatted tables in Word) and plain text. Where the
 * clipboard is refused, the summary is selected on its sheet instead, so the user can copy it with Ctrl+C; when
 * even that fails, the host's reason.
 *
 * Call it straight from the click: the clipboard is written before the first await, while it still answers the
 * user's gesture.
 */
export async function copyPaper(
  summary: SummaryModel,
  host: Pick<WorkbookHost, 'selectCell'>,
  write: (content: ClipboardContent) => Promise<ClipboardRoute> = writeClipboard,
): Promise<CopyOutcome> {
  const route = await write({ html: paperHtml(summary), text: paperText(summary) }).catch(() => null);
  if (route) return { phase: 'copied' };
  const selection = summarySelection(summary);
  try {
    await host.selectCell(selection.address);
    return { phase: 'selected', sheet: selection.sheet };
  } catch (error) {
    return { phase: 'failed', message: toPaneError('select-cell', error).message };
  }
}
