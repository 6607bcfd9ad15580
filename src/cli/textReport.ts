import { formatUkDate } from '../core/dates';
import type { Analysis, Finding, SummaryColumn, SummaryParagraph, SummaryTable, SummaryValue } from '../core/types';

/** Wrap the narrative and long lines at this width: readable in an 80-120 column terminal. */
const WRAP = 100;

/**
 * The terminal report: the summary model's tables with aligned columns, the narrative, then the findings grouped
 * by sheet with cell, message and suggestion. It only formats what the engine computed.
 */
export function textReport(analysis: Analysis): string {
  const { summary } = analysis;
  const lines: string[] = [summary.title, '='.repeat(Math.min(WRAP, summary.title.length)), ''];
  for (const block of summary.blocks) {
    lines.push(block.title, '-'.repeat(Math.min(WRAP, block.title.length)));
    if (block.kind === 'table') lines.push(...renderTable(block));
    else lines.push(...renderParagraph(block));
    lines.push('');
  }
  lines.push(...renderFindings(analysis.findings));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A table with a header, a rule under it and one line a row; numbers right-aligned, everything else left. */
export function renderTable(table: SummaryTable): string[] {
  if (table.rows.length === 0) return [table.emptyText];
  const cells = table.rows.map((row) => table.columns.map((column, i) => formatValue(row[i] ?? null, column)));
  const widths = table.columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((row) => row[i].length)),
  );
  const line = (texts: string[]) =>
    texts
      .map((text, i) => (isNumeric(table.columns[i]) ? text.padStart(widths[i]) : text.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(table.columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

function renderParagraph(paragraph: SummaryParagraph): string[] {
  return wrap(paragraph.text, WRAP);
}

/** Findings by sheet, in the engine's order (errors first), each with its cell, message and suggestion. */
export function renderFindings(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['Findings', '--------', 'No problems found in the data.'];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const heading = `Findings: ${count(errors, 'error')}, ${count(warnings, 'warning')}`;
  const lines = [heading, '-'.repeat(heading.length)];
  // A Map keeps sheets in the order findings first name them, whatever the sheet is called (even "__proto__").
  const bySheet = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = bySheet.get(finding.sheet) ?? [];
    list.push(finding);
    bySheet.set(finding.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
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

function formatValue(value: SummaryValue, column: SummaryColumn): string {
  if (value === null) return '';
  if (typeof value === 'object') return formatUkDate(value.date);
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

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines;
}
