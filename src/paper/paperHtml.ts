/**
 * The committee paper's section as HTML for the clipboard, so Word pastes it as formatted tables: each table a
 * `<table>` with thin black borders (the `border` attribute and inline CSS both, as Word's HTML import honours
 * either), a bold header row in `<thead>` (which Word repeats at the top of each page), and headings as `<h1>` and
 * `<h2>`, which Word maps to its Heading 1 and Heading 2 styles. Inline styles only: Word drops style sheets.
 */
import type { SummaryModel } from '../core/types';
import { paperContent, type PaperColumn, type PaperTable } from './paperContent';

const BORDER = 'border:0.5pt solid #000000';
const CELL = `${BORDER};padding:2pt 4pt;vertical-align:top`;

/**
 * @example paperHtml(analysis.summary) // '<!DOCTYPE html><html>…<h2>Overdue actions</h2><table border="1" …'
 */
export function paperHtml(model: SummaryModel): string {
  const content = paperContent(model);
  const parts = [`<h1>${escapeHtml(content.title)}</h1>`, `<p>${escapeHtml(content.dates)}</p>`];
  for (const section of content.sections) {
    if (section.title) parts.push(`<h2>${escapeHtml(section.title)}</h2>`);
    if (section.kind === 'text') parts.push(...section.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`));
    else if (section.rows.length === 0) parts.push(`<p>${escapeHtml(section.emptyText)}</p>`);
    else parts.push(htmlTable(section));
  }
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    `<title>${escapeHtml(content.title)}</title></head>` +
    `<body style="font-family:Arial,sans-serif;font-size:11pt">${parts.join('\n')}</body></html>`
  );
}

function htmlTable(table: PaperTable): string {
  const header = table.columns
    .map((column) => `<th style="${CELL};${align(column)};font-weight:bold;width:${Math.round(column.share * 100)}%">${cellHtml(column.header)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) => `<tr>${table.columns.map((column, index) => `<td style="${CELL};${align(column)}">${cellHtml(row[index] ?? '')}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return (
    `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;${BORDER};width:100%">` +
    `<thead><tr>${header}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`
  );
}

function align(column: PaperColumn): string {
  return `text-align:${column.align}`;
}

/** A cell's text, a line break where the cell had one. */
function cellHtml(text: string): string {
  return text.split(/\r?\n/).map(escapeHtml).join('<br>');
}

/** Text from cells is text: "<b>" and "&" in an audit name must reach Word as written. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
