import { writeClipboard, type ClipboardEnvironment } from './writeClipboard';

const CONTENT = { html: '<table border="1"><tr><th>Audit Name</th></tr></table>', text: 'Audit Name' };

/** A ClipboardItem as browsers have it: the types it was given, readable back. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

/** A page whose execCommand('copy') raises the copy event, as a browser does, unless it refuses. */
function fakeDocument(allowed: boolean) {
  const listeners = new Set<(event: Event) => void>();
  const data = new Map<string, string>();
  return {
    data,
    page: {
      addEventListener: (_type: string, listener: (event: Event) => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: (event: Event) => void) => listeners.delete(listener),
      execCommand: (command: string) => {
        if (!allowed || command !== 'copy') return false;
        const event = { clipboardData: { setData: (type: string, value: string) => data.set(type, value) }, preventDefault: () => {} };
        for (const listener of listeners) listener(event as unknown as Event);
        return true;
      },
      listenerCount: () => listeners.size,
    },
  };
}

function environment(write: ((items: unknown[]) => Promise<void>) | undefined, page = fakeDocument(false).page): ClipboardEnvironment {
  return {
    clipboard: write ? { write: write as Clipboard['write'] } : undefined,
    ClipboardItem: FakeClipboardItem as unknown as typeof ClipboardItem,
    document: page as unknown as ClipboardEnvironment['document'],
  };
}

describe('writeClipboard', () => {
  it('writes HTML with a plain-text alternative through the Clipboard API where it is allowed', async () => {
    const written: unknown[][] = [];
    const route = await writeClipboard(
      CONTENT,
      environment(async (items) => void written.push(items)),
    );
    expect(route).toBe('clipboard-api');
    const item = written[0][0] as FakeClipboardItem;
    expect(Object.keys(item.items)).toEqual(['text/html', 'text/plain']);
    expect(await item.items['text/html'].text()).toBe(CONTENT.html);
    expect(item.items['text/html'].type).toBe('text/html');
    expect(await item.items['text/plain'].text()).toBe('Audit Name');
  });

  it('fills the copy event instead when a permissions policy refuses the Clipboard API, as Office on the web’s frames have', async () => {
    const { data, page } = fakeDocument(true);
    const refused = async () => {
      throw new DOMException(
        'The Clipboard API has been blocked because of a permissions policy applied to the current document.',
        'NotAllowedError',
      );
    };
    expect(await writeClipboard(CONTENT, environment(refused, page))).toBe('copy-event');
    expect([...data]).toEqual([
      ['text/html', CONTENT.html],
      ['text/plain', 'Audit Name'],
    ]);
    expect(page.listenerCount()).toBe(0);
  });

  it('uses the copy event where the webview has no Clipboard API at all', async () => {
    const { data, page } = fakeDocument(true);
    expect(await writeClipboard(CONTENT, { ...environment(undefined, page), ClipboardItem: undefined })).toBe('copy-event');
    expect(data.get('text/html')).toBe(CONTENT.html);
  });

  it('says it could not when both are refused, leaving no listener behind', async () => {
    const { page } = fakeDocument(false);
    const refused = async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    };
    expect(await writeClipboard(CONTENT, environment(refused, page))).toBeNull();
    expect(page.listenerCount()).toBe(0);
    expect(await writeClipboard(CONTENT, { clipboard: undefined, ClipboardItem: undefined, document: undefined })).toBeNull();
  });
});
