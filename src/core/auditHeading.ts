/**
 * The audit a heading row names, in trackers grouped under audit headings: the audit's name sits on a line of its
 * own, often with the opinion or year beside it ("Payroll 2023/24 - Reasonable assurance", "Audit: Fleet Management
 * (Limited)"), and its actions follow below. The name is what identifies the audit's actions on the paper and from
 * one paper to the next, so the opinion is left out and the year kept (two years' audits of one area are two
 * audits).
 */
import { cellText } from './cellText';
import { opinionWord } from './opinions';
import { opinionKey } from './status';
import type { UserWords } from './userWords';

/** "Audit:", "Audit title -", "Internal audit report:" before the name. */
const LEAD_IN = /^(?:internal\s+)?(?:audit|review|report)(?:\s+(?:name|title|report|area))?\s*[:\u2013\u2014-]\s*/i;
/** A part of the heading set off by a dash or a bar, with the separator before it. */
const DASHED_PART = /(\s+[-\u2013\u2014|]\s+)/;

/** True when the text says an opinion and nothing else: "Limited", "Reasonable assurance", "Assurance: Substantial". */
function isOpinion(text: string, words: UserWords | undefined): boolean {
  const key = opinionKey(text);
  return key !== '' && opinionWord(key, words?.opinion) !== null;
}

/**
 * @example auditOfHeading('Payroll 2023/24 - Reasonable assurance') // 'Payroll 2023/24'
 * @example auditOfHeading('Audit: Fleet Management (Limited)') // 'Fleet Management'
 */
export function auditOfHeading(heading: string, words?: UserWords): string {
  const text = cellText(heading);
  const named = text.replace(LEAD_IN, '');
  // An opinion in brackets, then each dashed part that is only an opinion, with its dash.
  const unbracketed = named.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (isOpinion(inner, words) ? '' : whole));
  const parts = unbracketed.split(DASHED_PART);
  let name = '';
  for (let i = 0; i < parts.length; i += 2) {
    if (isOpinion(parts[i], words)) continue;
    name += name === '' ? parts[i] : parts[i - 1] + parts[i];
  }
  name = name.trim();
  // A heading that is all opinion, or all lead-in, keeps its words rather than naming nothing.
  return name === '' || isOpinion(name, words) ? text : name;
}
