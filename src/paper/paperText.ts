/**
 * The committee paper's section as plain text: the clipboard's alternative to the HTML, for a program that cannot
 * take HTML. Table cells are separated by tabs, so Word's Convert Text to Table, or a paste into Excel, gives the
 * columns back.
 */
import type { SummaryModel } from '../core/types';
import { paperContent } from './paperContent';

/**
 * @example paperText(analysis.summary).split('\n')[0] === 'Joint Audit Committee: internal audit summary'
 */
export function paperText(model: SummaryModel): string {
  const content = paperContent(model);
  const lines = [content.title, content.dates];
  // A tab or line break inside a cell would start a new column or row.
  const cell = (text: string) => text.replace(/\s*[\r\n\t]+\s*/g, ' ');
  for (const section of content.sections) {
    lines.push('');
    if (section.title) lines.push(section.title);
    if (section.kind === 'text') lines.push(...section.paragraphs);
    else if (section.rows.length === 0) lines.push(section.emptyText);
    else for (const row of [section.columns.map((column) => column.header), ...section.rows]) lines.push(row.map(cell).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
