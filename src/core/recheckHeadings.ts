/**
 * Live re-checking in a tracker grouped under audit headings: an action with no audit of its own takes the one the
 * heading above it names, so an edit can change the audit of actions it never touched (a heading's text edited, a
 * line made into a heading or no longer one). recheckRows asks here whether every untouched action still takes the
 * audit it took, and gives up when one does not.
 */
import { auditOfHeading } from './auditHeading';
import { takesHeading } from './readActionRows';
import { remembered } from './remembered';
import { headingAbove, headingText, indexOfRow, rowKindTest } from './rowReading';
import type { ActionRow, LocatedTable, SheetCells } from './types';
import type { UserWords } from './userWords';

/**
 * @param headings rows that may have started or stopped heading the rows below them.
 * @param touched the rows the edit touched (read again by the caller, so not checked here).
 * @param previous the actions as read before the edit.
 * @returns true when every untouched action below those rows, up to the next heading, takes the audit it took.
 */
export function headingsHold(
  sheet: SheetCells,
  table: LocatedTable,
  headings: readonly number[],
  touched: ReadonlySet<number>,
  previous: readonly Pick<ActionRow, 'ref' | 'audit'>[],
  words: UserWords,
): boolean {
  const kindOf = rowKindTest(sheet, table);
  const suspects = new Set(headings);
  const auditOf = remembered((heading: string) => (heading === '' ? '' : auditOfHeading(heading, words)));
  for (const start of suspects) {
    let heading = kindOf(start) === 'heading' ? headingText(sheet, table, start) : headingAbove(sheet, table, start);
    for (let row = start + 1; row <= table.lastRow; row += 1) {
      const kind = kindOf(row);
      if (kind === 'heading') {
        // A heading the edit did not reach ends what the edit can change; one it may have reached starts again.
        if (!suspects.has(row)) break;
        heading = headingText(sheet, table, row);
        continue;
      }
      if (kind !== 'data' || touched.has(row) || !takesHeading(sheet, table, row)) continue;
      const index = indexOfRow(previous, row);
      if (index < 0 || previous[index].audit !== auditOf(heading)) return false;
    }
  }
  return true;
}
