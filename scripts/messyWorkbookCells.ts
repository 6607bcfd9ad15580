/**
 * The messy tracker: the kinds of trouble real organisations' workbooks bring, in one file
 * (test/fixtures/messy-tracker.xlsx, written by makeSampleWorkbooks.ts). Read it as of 30/09/2024, previous
 * meeting 24/07/2024.
 *
 * Sheet "Plan 2024-25" (plain range, header below a title and a blank row, a blank row inside, a totals row):
 *   row 3  header: Audit title | Timing | Progress | Assurance level
 *   rows 4-11 audits: free-text statuses with dates inside, "Final report issued" with no opinion (row 5),
 *   a start date that has passed while "Not started" (row 8), "Fieldwrok" (row 10, misspelt), NBSP after
 *   "Treasury Management" (row 10), a blank row (row 11), "Limted" opinion (row 12); row 13 "Total".
 * Sheet "Action Tracker" (an Excel table "ActionTracker", A3:F14, below a title):
 *   Audit Name | Rec no | Priority | Due date | Revised deadline | Date implemented
 *   "Meduim" (C5), US date 12/31/2024 as text (D6), 30/02/2024 (D7), TBC deadline (D8), text dates (D9, F9),
 *   an overdue action of an audit named "=cmd|' /C calc'!A0" (A10: it must stay text, here and in the summary), a duplicate of row 4 (row 11), a revised deadline
 *   (E12), a sign-off after the paper's date (F13), "low" in lower case (C14).
 */
import type { CellValue, WorkbookCells } from '../src/core/types';

const D = 'dd/mm/yyyy';
const G = 'General';

/** Excel serials of the dates used below (1900 system). */
const serial = {
  '2024-01-08': 45299,
  '2024-05-31': 45443,
  '2024-06-30': 45473,
  '2024-09-15': 45550,
  '2024-10-10': 45575,
  '2024-10-15': 45580,
  '2024-11-30': 45626,
  '2025-03-01': 45717,
} as const;

function formatsFor(values: CellValue[][], dateColumns: number[], firstDataRow: number): string[][] {
  return values.map((row, r) => row.map((value, c) => (r >= firstDataRow && typeof value === 'number' && dateColumns.includes(c) ? D : G)));
}

export function makeMessyWorkbook(): WorkbookCells {
  const plan: CellValue[][] = [
    ['Internal audit plan 2024/25 \u2013 update for the Joint Audit Committee', '', '', ''],
    ['', '', '', ''],
    ['Audit title', 'Timing', 'Progress', 'Assurance level'],
    ['Payroll', 'Complete', 'Final report issued 14/03/2024', 'Substantial'],
    ['Fleet Management', 'Complete', 'Final report issued', ''],
    ['Cyber Security', '6 December 2024', 'Terms of reference agreed; fieldwork starts 3 June', ''],
    ['Victims Code Compliance', 'TBC', 'Deferred to the 2025/26 plan', ''],
    ['Custody', serial['2024-01-08'], 'Not started', ''],
    ['Seized Property', 'Q4 TBC', 'Report in quality review', ''],
    ['Treasury Management\u00a0', 'In progress', 'Fieldwrok', ''],
    ['', '', '', ''],
    ['Wellbeing', 'March', 'Final report issued', 'Limted'],
    ['Total', '', '9 audits', ''],
  ];
  const actions: CellValue[][] = [
    ['Audit action tracker \u2013 owner: Head of Finance', '', '', '', '', ''],
    ['', '', '', '', '', ''],
    ['Audit Name', 'Rec no', 'Priority', 'Due date', 'Revised deadline', 'Date implemented'],
    ['Payroll', 1, 'High', serial['2024-06-30'], '', ''],
    ['Payroll', 2, 'Meduim', serial['2024-10-15'], '', ''],
    ['Fleet Management', '3', 'Low', '12/31/2024', '', ''],
    ['Fleet Management', 4, 'Medium', '30/02/2024', '', ''],
    ['Custody', 1, 'High', 'TBC', '', ''],
    ['Custody\u00a0', 2, 'Low', '06/08/2024', '', '20/08/2024'],
    ["=cmd|' /C calc'!A0", 1, 'Low', serial['2024-09-15'], '', ''],
    ['Payroll', 1, 'High', serial['2024-06-30'], '', ''],
    ['Seized Property', 5, 'Medium', serial['2024-05-31'], serial['2024-11-30'], ''],
    ['Cyber Security', 2, 'High', serial['2024-09-15'], '', serial['2025-03-01']],
    ['Treasury Management', 1, 'low', serial['2024-10-10'], '', ''],
  ];
  return {
    sheets: [
      { name: 'Plan 2024-25', originRow: 0, originColumn: 0, values: plan, numberFormats: formatsFor(plan, [1], 3), tables: [] },
      {
        name: 'Action Tracker',
        originRow: 0,
        originColumn: 0,
        values: actions,
        numberFormats: formatsFor(actions, [3, 4, 5], 3),
        tables: [{ name: 'ActionTracker', headerRow: 2, firstColumn: 0, lastColumn: 5, lastRow: 13 }],
      },
    ],
  };
}
