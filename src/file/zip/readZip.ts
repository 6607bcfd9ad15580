/**
 * The entries of a zip archive, read from its central directory, each with its data still compressed: a part the
 * add-in does not change is copied into the new file as it is, never inflated and deflated again. Handles what
 * real writers produce: deflated and stored entries, data descriptors, Zip64 sizes and offsets, and archives with
 * a comment or bytes before the first entry.
 */
import { inflateSync } from 'fflate';

export interface ZipEntry {
  /** The part name as stored (no leading "/"), e.g. "xl/worksheets/sheet1.xml". */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's data as stored in the archive (compressed when method is 8). */
  raw: Uint8Array;
  /** DOS time and date, kept so a copied entry keeps its timestamp. */
  time: number;
  date: number;
}

/** Why the bytes are not a readable zip; the caller turns it into the message a person sees. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZip(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfCentralDirectory(data, view);
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipError('Zip64 locator missing');
    const zip64 = Number(view.getBigUint64(locator + 8, true));
    if (zip64 + 56 > data.length || view.getUint32(zip64, true) !== ZIP64_EOCD) throw new ZipError('Zip64 end record missing');
    count = Number(view.getBigUint64(zip64 + 32, true));
    size = Number(view.getBigUint64(zip64 + 40, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  // Some tools put bytes before the archive (a self-extractor stub): offsets are then off by that much.
  const shift = end - size - offset > 0 && view.getUint32(offset, true) !== CENTRAL ? end - size - offset : 0;
  const entries: ZipEntry[] = [];
  let at = offset + shift;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('central directory damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    let compressed = view.getUint32(at + 20, true);
    let uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let local = view.getUint32(at + 42, true);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8. Without it the name is in code page 437, which for OOXML part names (ASCII) is the same.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    if (uncompressed === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff) {
      const zip64 = zip64Extra(data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      if (uncompressed === 0xffffffff) uncompressed = zip64.shift() ?? uncompressed;
      if (compressed === 0xffffffff) compressed = zip64.shift() ?? compressed;
      if (local === 0xffffffff) local = zip64.shift() ?? local;
    }
    if (flags & 1) throw new ZipError(`${name} is encrypted`);
    local += shift;
    if (local + 30 > data.length || view.getUint32(local, true) !== LOCAL) throw new ZipError(`${name} is damaged`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > data.length) throw new ZipError(`${name} is cut short`);
    if (method !== 0 && method !== 8) throw new ZipError(`${name} uses compression method ${method}`);
    entries.push({ name, method, crc, size: uncompressed, raw: data.subarray(start, start + compressed), time, date });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's bytes, inflated when stored deflated. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.raw;
  try {
    return inflateSync(entry.raw, { out: new Uint8Array(entry.size) });
  } catch {
    throw new ZipError(`${entry.name} cannot be decompressed`);
  }
}

function findEndOfCentralDirectory(data: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data[at] === 0x50 && view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError('no end of central directory');
}

function zip64Extra(extra: Uint8Array): number[] {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= at + 4 + length; v += 8) values.push(Number(view.getBigUint64(v, true)));
      return values;
    }
    at += 4 + length;
  }
  return [];
}
