import { columnLetter } from './address';
import { ACTION_STATUSES_OFFERED } from './actionStatus';
import { revisionColumns } from './readActionRows';
import { withinListLimit } from './trackerWords';
import type { ActionField, LocatedTable, PlanField, TableKind, TrackerWords } from './types';
import { PLAN_STATUSES_OFFERED } from './vocabulary';

/**
 * One in-cell validation rule (Excel's data validation) on a column of the user's table: an in-cell list of known
 * words, or "must be a date". Shells write them as warnings (a person may keep their own wording), never as stops.
 */
export interface InCellValidation {
  /** Which table the column belongs to: both have a status column. */
  table: TableKind;
  sheet: string;
  /** The column's data rows, A1 without the sheet ("C5:C20"). */
  range: string;
  field: PlanField | ActionField;
  /**
   * The header of the rule's own column, as the sheet shows it: how a shell finds the column again after rows or
   * columns move. Each revised-deadline column has its own ("Revised target date", "Second revised date").
   */
  header: string;
  kind: 'list' | 'date';
  /** The words to offer; null for a date rule. Joined with commas they stay under Excel's 255-character limit. */
  list: string[] | null;
  /** What Excel says when someone types something else (under Excel's 225-character limit). */
  message: string;
}

function columnRange(table: LocatedTable<string>, column: number): string {
  const letter = columnLetter(column);
  return `${letter}${table.firstRow + 1}:${letter}${table.lastRow + 1}`;
}

const DATE_MESSAGE = 'Enter a date as dd/mm/yyyy, for example 31/12/2024. Leave it blank if there is none yet.';

/**
 * The add-in's in-cell validation for the plan's status column and the actions' risk, status and date columns. The
 * risk list offers the grades of the scales this tracker uses (its TrackerWords), High/Medium/Low when it is not
 * known; the action status list offers the tracker's own statuses, and the plan's list the plan's own (with the
 * standard word of each stage it has none for). Planned start gets none: it rightly holds words
 * such as "Q4 TBC". Tables without data rows get none: there is no range yet.
 *
 * @example inCellValidation(plan, actions).map((rule) => rule.range) // ['C2:C17', 'C2:C8', 'D2:D8', 'E2:E8']
 */
export function inCellValidation(
  plan: LocatedTable<PlanField> | null,
  actions: LocatedTable<ActionField> | null,
  words?: TrackerWords,
): InCellValidation[] {
  const rules: InCellValidation[] = [];
  if (plan && plan.lastRow >= plan.firstRow && plan.columns.status !== undefined) {
    rules.push({
      table: 'plan',
      sheet: plan.sheet,
      range: columnRange(plan, plan.columns.status),
      field: 'status',
      header: plan.headers.status ?? '',
      kind: 'list',
      list: words?.planStatus && words.planStatus.length > 0 ? words.planStatus : [...PLAN_STATUSES_OFFERED],
      message: 'This is not one of the listed statuses. You may keep your own wording; the summary will say if it cannot read it.',
    });
  }
  if (actions && actions.lastRow >= actions.firstRow) {
    if (actions.columns.risk !== undefined) {
      const grades = words && words.risk.length > 0 ? words.risk : ['High', 'Medium', 'Low'];
      rules.push({
        table: 'actions',
        sheet: actions.sheet,
        range: columnRange(actions, actions.columns.risk),
        field: 'risk',
        header: actions.headers.risk ?? '',
        kind: 'list',
        list: withinListLimit(grades),
        message:
          `This is not one of the listed grades (${grades.slice(0, 3).join(', ')}). You may keep your own; the summary will say if it cannot read it.`.slice(
            0,
            225,
          ),
      });
    }
    if (actions.columns.status !== undefined) {
      rules.push({
        table: 'actions',
        sheet: actions.sheet,
        range: columnRange(actions, actions.columns.status),
        field: 'status',
        header: actions.headers.status ?? '',
        kind: 'list',
        list: withinListLimit(words && words.actionStatus.length > 0 ? words.actionStatus : ACTION_STATUSES_OFFERED),
        message: 'This is not one of the listed statuses. You may keep your own wording, such as 75%; the summary will say if it cannot read it.',
      });
    }
    const revisedHeaders = actions.repeatedHeaders?.revisedDeadline;
    const dated: [ActionField, number | undefined, string | undefined][] = [
      ['deadline', actions.columns.deadline, actions.headers.deadline],
      ...revisionColumns(actions).map((column, i): [ActionField, number, string | undefined] => [
        'revisedDeadline',
        column,
        revisedHeaders?.[i] ?? actions.headers.revisedDeadline,
      ]),
      ['signoff', actions.columns.signoff, actions.headers.signoff],
    ];
    for (const [field, column, header] of dated) {
      if (column === undefined) continue;
      rules.push({
        table: 'actions',
        sheet: actions.sheet,
        range: columnRange(actions, column),
        field,
        header: header ?? '',
        kind: 'date',
        list: null,
        message: DATE_MESSAGE,
      });
    }
  }
  return rules;
}
