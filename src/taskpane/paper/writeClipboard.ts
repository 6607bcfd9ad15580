/**
 * Puts the paper on the clipboard as HTML (which Word pastes as formatted tables) with a plain-text alternative.
 *
 * The asynchronous Clipboard API comes first; a permissions policy can refuse it (Office on the web's add-in frames
 * have, office-js issues 1991 and 3480), and some webviews lack ClipboardItem. Then the `copy` event: the page asks
 * for a copy and fills the clipboard in the event's handler, which older webviews still allow. When both are
 * refused the caller falls back to selecting the summary for the user to copy.
 */

export interface ClipboardContent {
  html: string;
  text: string;
}

/** How the content reached the clipboard, or null when it did not. */
export type ClipboardRoute = 'clipboard-api' | 'copy-event' | null;

/** The browser objects used, passed in so tests can stand in for a browser that refuses. */
export interface ClipboardEnvironment {
  clipboard: Pick<Clipboard, 'write'> | undefined;
  ClipboardItem: typeof ClipboardItem | undefined;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'execCommand'> | undefined;
}

export function browserEnvironment(): ClipboardEnvironment {
  return {
    clipboard: typeof navigator === 'undefined' ? undefined : navigator.clipboard,
    ClipboardItem: typeof ClipboardItem === 'undefined' ? undefined : ClipboardItem,
    document: typeof document === 'undefined' ? undefined : document,
  };
}

/**
 * Call it straight from the click (before any await): browsers let a page write to the clipboard only in answer
 * to the user's gesture.
 */
export async function writeClipboard(content: ClipboardContent, environment: ClipboardEnvironment = browserEnvironment()): Promise<ClipboardRoute> {
  const { clipboard, ClipboardItem: Item } = environment;
  if (clipboard && typeof clipboard.write === 'function' && Item) {
    try {
      await clipboard.write([
        new Item({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
      return 'clipboard-api';
    } catch {
      // Refused (NotAllowedError) or not supported for HTML: try the copy event.
    }
  }
  return copyEvent(content, environment.document) ? 'copy-event' : null;
}

function copyEvent(content: ClipboardContent, page: ClipboardEnvironment['document']): boolean {
  if (!page || typeof page.execCommand !== 'function') return false;
  let filled = false;
  const fill = (event: Event) => {
    const data = (event as ClipboardEvent).clipboardData;
    if (!data) return;
    data.setData('text/html', content.html);
    data.setData('text/plain', content.text);
    // Without this the browser would copy the page's selection over what was just set.
    event.preventDefault();
    filled = true;
  };
  page.addEventListener('copy', fill, true);
  try {
    return page.execCommand('copy') && filled;
  } catch {
    return false;
  } finally {
    page.removeEventListener('copy', fill, true);
  }
}
