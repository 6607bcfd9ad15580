import { impossibleDateReason, readDateCell } from '../../core/readDate';
import { formatUkDate, parseDateOption } from '../../core/ukDates';
import type { IsoDate } from '../../core/types';

export type UkDateInput = { kind: 'date'; date: IsoDate } | { kind: 'rejected'; message: string };

/**
 * A date typed into the settings, read the UK way (dd/mm/yyyy; YYYY-MM-DD also accepted). Month-first input such
 * as 12/31/2024 is refused with the reason rather than silently swapped, because 01/02/2024 could then mean
 * either; the engine's own cell reader names the problem, so the pane and the findings agree.
 *
 * @example readUkDateInput('31/12/2024') -> { kind: 'date', date: '2024-12-31' }
 */
export function readUkDateInput(text: string): UkDateInput {
  const typed = text.trim();
  const date = parseDateOption(typed);
  if (date) return { kind: 'date', date };
  const reading = readDateCell(typed);
  switch (reading.kind) {
    case 'us-format':
      return {
        kind: 'rejected',
        message: `${typed} puts the month first. Type the day first, as dd/mm/yyyy: ${formatUkDate(reading.usDate)}.`,
      };
    case 'impossible': {
      const reason = impossibleDateReason(typed);
      return { kind: 'rejected', message: `${typed} is not a real date${reason ? `: ${reason}` : ''}.` };
    }
    default:
      return { kind: 'rejected', message: `Type the date as dd/mm/yyyy, for example 24/07/2024.` };
  }
}
