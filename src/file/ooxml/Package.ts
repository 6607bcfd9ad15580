/**
 * A workbook package held as its zip entries: parts are read (inflated and decoded) only when asked for, changed
 * parts are kept as text, and writing copies every unchanged entry exactly as it was stored, so a part the add-in
 * does not own leaves with the same bytes it came with, and no part is lost.
 *
 * Part names are case-insensitive in a package ("xl/Worksheets/Sheet1.xml" is "xl/worksheets/sheet1.xml"), so
 * lookups go through `find`.
 */
import { entryBytes, readZip, type ZipEntry } from '../zip/readZip';
import { writeZip, type ZipOutput } from '../zip/writeZip';

export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, string | Uint8Array>();
  private readonly removed = new Set<string>();
  private readonly byLowerCase = new Map<string, string>();
  private readonly order: string[] = [];
  private readonly decoded = new Map<string, string>();

  /** Throws ZipError when the bytes are not a readable zip. */
  static open(bytes: Uint8Array): Package {
    const pkg = new Package();
    for (const entry of readZip(bytes)) {
      // A folder entry (some zip tools add them) is not a part.
      if (entry.name.endsWith('/')) continue;
      if (pkg.entries.has(entry.name)) continue;
      pkg.entries.set(entry.name, entry);
      pkg.order.push(entry.name);
      pkg.byLowerCase.set(entry.name.toLowerCase(), entry.name);
    }
    return pkg;
  }

  /** The stored name of a part, matched without regard to case; undefined when there is no such part. */
  find(name: string): string | undefined {
    const exact = this.has(name) ? name : this.byLowerCase.get(name.toLowerCase());
    if (exact !== undefined && this.has(exact)) return exact;
    // A target may be written percent-encoded ("my%20sheet.xml") while the zip holds the plain name, or the reverse.
    try {
      const decoded = decodeURIComponent(name);
      if (decoded !== name) return this.find(decoded);
    } catch {
      // Not percent-encoding after all.
    }
    return undefined;
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.changed.has(name) || this.entries.has(name));
  }

  /** Every part name, in the original order with new parts after. */
  names(): string[] {
    return [...this.order, ...[...this.changed.keys()].filter((name) => !this.entries.has(name))].filter((name) => this.has(name));
  }

  /** A part's text (UTF-8, or UTF-16 with its byte-order mark, as XML allows); throws ZipError when it cannot be inflated. */
  text(name: string): string {
    const change = this.changed.get(name);
    if (typeof change === 'string') return change;
    if (change !== undefined) return decodeText(change);
    let text = this.decoded.get(name);
    if (text === undefined) {
      text = decodeText(this.bytes(name));
      this.decoded.set(name, text);
    }
    return text;
  }

  bytes(name: string): Uint8Array {
    const change = this.changed.get(name);
    if (change !== undefined) return typeof change === 'string' ? new TextEncoder().encode(change) : change;
    const entry = this.entries.get(name);
    if (!entry || this.removed.has(name)) throw new Error(`The package has no part ${name}.`);
    return entryBytes(entry);
  }

  /** The part as stored in the original file, compressed: what `write` copies when the part is unchanged. */
  original(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }

  set(name: string, content: string | Uint8Array): void {
    this.removed.delete(name);
    // A part read as UTF-16 is written back as UTF-8: its declaration must not say otherwise.
    if (typeof content === 'string' && content.startsWith('<?xml')) content = content.replace(/^(<\?xml[^>]*encoding=")[^"]*(")/, '$1UTF-8$2');
    this.changed.set(name, content);
    this.decoded.delete(name);
    if (!this.entries.has(name)) this.byLowerCase.set(name.toLowerCase(), name);
  }

  remove(name: string): void {
    this.changed.delete(name);
    this.decoded.delete(name);
    this.removed.add(name);
  }

  /** The package's changes so far, to go back to if a write fails part-way (`restore`). */
  snapshot(): { changed: Map<string, string | Uint8Array>; removed: Set<string> } {
    return { changed: new Map(this.changed), removed: new Set(this.removed) };
  }

  restore(snapshot: { changed: Map<string, string | Uint8Array>; removed: Set<string> }): void {
    this.changed.clear();
    for (const [name, content] of snapshot.changed) this.changed.set(name, content);
    this.removed.clear();
    for (const name of snapshot.removed) this.removed.add(name);
  }

  /** True when the part's content was replaced since the package was opened. */
  isChanged(name: string): boolean {
    return this.changed.has(name);
  }

  /** The package as zip bytes: unchanged parts copied as stored, changed and new ones deflated. */
  write(): Uint8Array {
    const outputs: ZipOutput[] = [];
    for (const name of this.names()) {
      const change = this.changed.get(name);
      if (change === undefined) outputs.push(this.entries.get(name)!);
      else outputs.push({ name, bytes: typeof change === 'string' ? new TextEncoder().encode(change) : change });
    }
    return writeZip(outputs);
  }
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 byte-order mark itself.
  return new TextDecoder('utf-8').decode(bytes);
}
