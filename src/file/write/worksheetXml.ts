/**
 * A worksheet part from named sections, each in the schema's place (WORKSHEET_ORDER), and the inline text every
 * sheet the add-in writes uses: the summary, the data sheet and a typed edit.
 */
import { escapeXml } from '../xml/entities';
import { WORKSHEET_ORDER, type WorksheetElement } from './worksheetOrder';

/** Each section's complete XML (the element itself), keyed by its element name. */
export type WorksheetSections = Partial<Record<WorksheetElement, string>>;

export interface Namespaces {
  main: string;
  relationships: string;
}

export const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

/** A worksheet part from its sections, in schema order. */
export function worksheetXml(sections: WorksheetSections, ns: Namespaces = TRANSITIONAL): string {
  const body = WORKSHEET_ORDER.map((name) => sections[name] ?? '').join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">${body}</worksheet>`;
}

/** A <t> element, keeping leading and trailing spaces and line breaks as Excel needs told. */
export function textElement(text: string): string {
  // Nearly all text needs neither escaping nor xml:space: one test instead of three replaces.
  if (!/[<>&"\u0000-\u001f\ufffe\uffff]|^\s|\s$/.test(text)) return `<t>${text}</t>`;
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeXml(text).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t')}</t>`;
}
