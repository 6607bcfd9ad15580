/**
 * The children of a part's root element, with their offsets, so a writer can replace, remove or insert one of them
 * and leave every other byte of the part as it was. A worksheet's sheet data (nearly all of a large sheet) is
 * stepped over in one jump rather than read tag by tag.
 */
import { Tok, XmlReader } from './XmlReader';

export interface Child {
  /** Local name (without prefix). */
  local: string;
  start: number;
  end: number;
}

export interface TopLevel {
  /** The root element's qualified name, its prefix ("" when none) and where its start tag ends / end tag starts. */
  rootName: string;
  prefix: string;
  rootOpenEnd: number;
  rootCloseStart: number;
  children: Child[];
}

export function topLevel(xml: string): TopLevel {
  const reader = new XmlReader(xml);
  while (reader.next() !== Tok.Open) {
    if (reader.kind === Tok.End) throw new Error('The part has no root element.');
  }
  const rootName = reader.name;
  const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : '';
  const rootOpenEnd = reader.end;
  const children: Child[] = [];
  let rootCloseStart = xml.length;
  while (reader.next() !== Tok.End) {
    if (reader.kind === Tok.Close) {
      rootCloseStart = reader.start;
      break;
    }
    if (reader.kind !== Tok.Open) continue;
    const local = reader.local;
    const start = reader.start;
    let end: number;
    if (reader.selfClosing) {
      end = reader.end;
    } else if (local === 'sheetData') {
      const closing = xml.indexOf(`</${reader.name}`, reader.end);
      if (closing < 0) throw new Error('The sheet data is not closed.');
      reader.seek(closing);
      reader.next();
      end = reader.end;
    } else {
      end = reader.skip();
    }
    children.push({ local, start, end });
  }
  return { rootName, prefix, rootOpenEnd, rootCloseStart, children };
}

/**
 * Where a new child named `local` goes so that the children stay in the schema's order: before the first existing
 * child that the schema puts after it, else just before the root's end tag.
 */
export function insertionPoint(top: TopLevel, order: readonly string[], local: string): number {
  const rank = order.indexOf(local);
  for (const child of top.children) {
    const childRank = order.indexOf(child.local);
    if (childRank > rank) return child.start;
  }
  return top.rootCloseStart;
}

/** Text to put in place of xml[start, end) (nothing: a removal; start === end: an insertion). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies splices (offsets into the original text), from the last to the first so offsets stay right. */
export function splice(xml: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = xml;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
