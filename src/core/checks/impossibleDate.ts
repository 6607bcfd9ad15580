import { impossibleDateReason } from '../readDate';
import { finding } from '../finding';
import type { Finding } from '../types';
import { dateCells } from './dateCells';
import type { Check, CheckContext } from './checkContext';

/** A day/month/year that cannot exist, such as 30/02/2024: the row cannot be dated until it is put right. */
export const impossibleDate: Check = { id: 'impossible-date', scope: 'row', check };

function check(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const { label, reading, ref } of dateCells(context)) {
    if (reading.kind !== 'impossible') continue;
    const reason = impossibleDateReason(reading.text);
    findings.push(
      finding(
        'error',
        'impossible-date',
        ref,
        `The ${label} ${reading.text} is not a real date${reason ? `: ${reason}` : ''}.`,
        'Enter the intended date as dd/mm/yyyy.',
      ),
    );
  }
  return findings;
}
