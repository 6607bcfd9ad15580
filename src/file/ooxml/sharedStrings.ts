/**
 * The shared string table: each <si> is plain text (<t>) or rich text (runs <r><t>), read as the text a cell
 * shows. Phonetic guides (<rPh>, Japanese furigana) are not shown in the cell and are left out, as Office.js does.
 */
import { Tok, XmlReader } from '../xml/XmlReader';

export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const reader = new XmlReader(xml);
  while (reader.next() !== Tok.End) {
    if (reader.kind === Tok.Open && reader.local === 'si') strings.push(readRichText(reader));
  }
  return strings;
}

/** The text of the current <si> or <is> element (rich text runs joined), moving past its end. */
export function readRichText(reader: XmlReader): string {
  if (reader.selfClosing) return '';
  let depth = 1;
  let inPhonetic = 0;
  let inText = false;
  let text = '';
  while (depth > 0) {
    const kind = reader.next();
    if (kind === Tok.Open) {
      if (reader.selfClosing) continue;
      depth++;
      if (reader.local === 'rPh') inPhonetic++;
      else if (reader.local === 't') inText = true;
    } else if (kind === Tok.Close) {
      depth--;
      const local = reader.name.slice(reader.name.indexOf(':') + 1);
      if (local === 'rPh') inPhonetic--;
      else if (local === 't') inText = false;
    } else if (kind === Tok.Text) {
      if (inText && inPhonetic === 0) text += reader.value;
    } else {
      break;
    }
  }
  return text;
}
