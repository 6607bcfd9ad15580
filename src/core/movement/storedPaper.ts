/**
 * A recorded paper as it is kept on the add-in's data sheet (a "paper" entry, dataSheet.ts): one JSON value per
 * paper, made of arrays of short values so that a 20,000-action tracker records in about half a megabyte (Excel on
 * the web refuses a request over 5 MB, and the data sheet is written with the summary).
 *
 *   { "format": 1, "date": "2024-10-31", "since": "2024-07-24" or null,
 *     "figures": { "audits", "finalised", "actions", "open", "overdue", "implementationRate" },
 *     "audits":  [[name, stage, opinion or null], ...],
 *     "names":   [audit name, ...],              each action's audit, once
 *     "actions": [[name index, recommendation, disposition, deadline, revisions, closed, hash], ...] }
 *
 * - disposition: 0 open, 1 implemented, 2 implemented awaiting verification, 3 closed without implementation;
 * - deadline and closed: dates as Excel serials (days since 30/12/1899), or null;
 * - revisions and closed are left off when 0 and null (and hash is absent);
 * - hash: only when a long recommendation was shortened for the record; the action's key is then made from it
 *   (actionKey.ts), so it still matches exactly.
 * Only what the comparison needs is kept: no cells, priorities or owners.
 */
import { dayCount, dayCountToIsoDate } from '../serials';
import type { IsoDate } from '../types';
import { remembered } from '../remembered';
import { keyPart, LONGEST_KEPT_REFERENCE, textHash } from './actionKey';
import type { Disposition, HeadlineFigures, PaperSnapshot } from './paper';

export const STORED_PAPER_FORMAT = 1;

export type StoredAction =
  | [name: number, recommendation: string, disposition: number, deadline: number | null]
  | [name: number, recommendation: string, disposition: number, deadline: number | null, revisions: number]
  | [name: number, recommendation: string, disposition: number, deadline: number | null, revisions: number, closed: number | null]
  | [name: number, recommendation: string, disposition: number, deadline: number | null, revisions: number, closed: number | null, hash: string];

export interface StoredPaper {
  format: number;
  date: IsoDate;
  since: IsoDate | null;
  figures: HeadlineFigures;
  audits: [name: string, stage: string, opinion: string | null][];
  names: string[];
  actions: StoredAction[];
}

export const DISPOSITION_CODES: readonly Disposition[] = ['open', 'implemented', 'awaiting-verification', 'closed-without-implementation'];

/** A date as the record keeps it: Excel's serial for it (serials.ts dayCount), for any date. */
export function dateToSerial(date: IsoDate): number {
  return dayCount(date);
}

export function serialToDate(serial: number): IsoDate {
  return dayCountToIsoDate(serial);
}

/** Characters of a long recommendation kept for showing it ("... no longer in the tracker"). */
const SHOWN_LENGTH = 60;

/**
 * The entry to store for this paper.
 *
 * @example storedPaper(snapshot, figures).actions[0] // [0, '1', 1, 45595, 0, 45518]
 */
export function storedPaper(snapshot: PaperSnapshot, figures: HeadlineFigures): StoredPaper {
  const names = new Map<string, number>();
  const serialOf = remembered(dateToSerial);
  const serial = (date: IsoDate | null): number | null => (date === null ? null : serialOf(date));
  const tidyName = remembered(tidy);
  const actions = snapshot.actions.map((action): StoredAction => {
    const name = tidyName(action.audit);
    let index = names.get(name);
    if (index === undefined) {
      index = names.size;
      names.set(name, index);
    }
    const disposition = DISPOSITION_CODES.indexOf(action.disposition);
    const deadline = serial(action.deadline);
    const closed = serial(action.closed);
    const reference = keyPart(action.recommendation);
    if (reference.length > LONGEST_KEPT_REFERENCE) {
      const shown = `${tidy(action.recommendation).slice(0, SHOWN_LENGTH).trimEnd()}\u2026`;
      return [index, shown, disposition, deadline, action.revisions, closed, textHash(reference)];
    }
    const recommendation = tidy(action.recommendation);
    if (closed !== null) return [index, recommendation, disposition, deadline, action.revisions, closed];
    if (action.revisions !== 0) return [index, recommendation, disposition, deadline, action.revisions];
    return [index, recommendation, disposition, deadline];
  });
  return {
    format: STORED_PAPER_FORMAT,
    date: snapshot.date,
    since: snapshot.since,
    figures,
    audits: snapshot.audits.map((audit) => [tidy(audit.audit), audit.stage, audit.opinion]),
    names: [...names.keys()],
    actions,
  };
}

/** Trimmed, runs of spaces as one: how the text reads, and all a key looks at besides case. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
