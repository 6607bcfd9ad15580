import { formatUkDate } from '../core/ukDates';
import { groupFindings } from '../core/findingGroups';
import { plural } from '../core/wording';
import { wrapWords } from '../core/wrapWords';
import type { Analysis, Finding, SummaryColumn, SummaryParagraph, SummaryTable, SummaryValue } from '../core/types';

/** Wrap the narrative and long lines at this width: readable in an 80-120 column terminal. */
const WRAP = 100;

/**
 * The terminal report: the summary model's tables with aligned columns, the narrative, then the findings grouped
 * by sheet with cell, message and suggestion. It only formats what the engine computed.
 *
 * Speed: the overdue table can run to thousands of rows, so each row becomes its line directly (no array of cells
 * per row), lines are pushed one at a time (spreading thousands into push() passes each as an argument), and each
 * distinct date is formatted once.
 */
export function textReport(analysis: Analysis): string {
  const { summary } = analysis;
  const lines: string[] = [summary.title, '='.repeat(Math.min(WRAP, summary.title.length)), ''];
  // A table the workbook lacks: one line saying so, as the summary sheet has.
  for (const note of summary.notes ?? []) lines.push(...wrap(note, WRAP), '');
  const add = (more: readonly string[]) => {
    for (const text of more) lines.push(text);
  };
  for (const block of summary.blocks) {
    lines.push(block.title, '-'.repeat(Math.min(WRAP, block.title.length)));
    add(block.kind === 'table' ? renderTable(block) : renderParagraph(block));
    lines.push('');
  }
  add(renderFindings(analysis.findings));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * A table with a header, a rule under it and one line a row; numbers right-aligned, everything else left.
 */
export function renderTable(table: SummaryTable): string[] {
  if (table.rows.length === 0) return [table.emptyText];
  const { columns, rows } = table;
  const count = columns.length;
  const dates = new Map<string, string>();
  const texts: string[] = [];
  const widths = columns.map((column) => column.header.length);
  for (const row of rows) {
    for (let i = 0; i < count; i++) {
      const text = formatValue(row[i] ?? null, columns[i], dates);
      if (text.length > widths[i]) widths[i] = text.length;
      texts.push(text);
    }
  }
  const numeric = columns.map(isNumeric);
  const line = (cell: (i: number) => string) => {
    let text = '';
    for (let i = 0; i < count; i++) {
      if (i > 0) text += '  ';
      text += numeric[i] ? cell(i).padStart(widths[i]) : cell(i).padEnd(widths[i]);
    }
    return text.trimEnd();
  };
  const lines = [line((i) => columns[i].header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (let r = 0; r < rows.length; r++) lines.push(line((i) => texts[r * count + i]));
  return lines;
}

function renderParagraph(paragraph: SummaryParagraph): string[] {
  return wrap(paragraph.text, WRAP);
}

/** Findings by sheet, errors first (as the pane lists them), each with its cell, message and suggestion. */
export function renderFindings(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['Findings', '--------', 'No problems found in the data.'];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const heading = `Findings: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  const lines = [heading, '-'.repeat(heading.length)];
  for (const { sheet, findings: list } of groupFindings(findings)) {
    lines.push(`Sheet ${sheet || '(workbook)'}:`);
    const cellWidth = Math.max(...list.map((f) => localCell(f).length));
    for (const finding of list) {
      const lead = `  ${localCell(finding).padEnd(cellWidth)}  ${finding.severity.padEnd(7)}  `;
      const indent = ' '.repeat(lead.length);
      const message = wrap(finding.message, WRAP - lead.length);
      lines.push(`${lead}${message[0]}`, ...message.slice(1).map((l) => indent + l));
      if (finding.suggestion) {
        const suggestion = wrap(`Suggestion: ${finding.suggestion}`, WRAP - lead.length);
        lines.push(...suggestion.map((l) => indent + l));
      }
    }
  }
  return lines;
}

/** The cell without its sheet (the sheet is the group's heading): "'Audit Actions'!D4" -> "D4". */
function localCell(finding: Finding): string {
  const bang = finding.cell.lastIndexOf('!');
  return bang >= 0 ? finding.cell.slice(bang + 1) : finding.cell;
}

function formatValue(value: SummaryValue, column: SummaryColumn, dates: Map<string, string>): string {
  if (value === null) return '';
  if (typeof value === 'object') {
    let text = dates.get(value.date);
    if (text === undefined) {
      text = formatUkDate(value.date);
      dates.set(value.date, text);
    }
    return text;
  }
  if (typeof value === 'number') {
    if (column.type === 'percent') return `${Math.round(value * 100)}%`;
    return String(value);
  }
  // One line a row: a line break inside a cell would break the columns.
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}

function isNumeric(column: SummaryColumn): boolean {
  return column.type === 'number' || column.type === 'percent';
}

/** Each paragraph word-wrapped (core's wrapWords); an empty paragraph stays as an empty line. */
export function wrap(text: string, width: number): string[] {
  return text.split(/\n/).flatMap((paragraph) => {
    const lines = wrapWords(paragraph, width);
    return lines.length > 0 ? lines : [''];
  });
}
