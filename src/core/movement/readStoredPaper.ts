/**
 * The checking reader of recorded papers: a data-sheet entry (storedPaper.ts) back to a RecordedPaper, or null when
 * anything in it is not as recorded (edited by hand, cut short, or written by another version of the add-in). A
 * paper read in part would report false movement (an action left out would come back as "added"), so an entry is
 * read whole or not at all; the caller skips it, and the refresh goes on.
 *
 * Speed: a recorded paper holds every action, so each audit name is keyed once rather than once per action, the
 * action list is made at its full length rather than grown, and each action's fields are read by index (array
 * destructuring walks an iterator per action).
 */
import type { IsoDate } from '../types';
import { remembered } from '../remembered';
import { auditKey, joinKey, keyPart, referenceKey } from './actionKey';
import type { HeadlineFigures, PaperAction, PaperAudit, RecordedPaper } from './paper';
import { DISPOSITION_CODES, serialToDate, STORED_PAPER_FORMAT } from './storedPaper';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** @example readStoredPaper(JSON.parse(JSON.stringify(storedPaper(snapshot, figures))))?.date // '2024-10-31' */
export function readStoredPaper(entry: unknown): RecordedPaper | null {
  if (!isRecord(entry) || entry.format !== STORED_PAPER_FORMAT) return null;
  const { date: paperDate, since, figures, audits, names, actions } = entry;
  if (!isIsoDate(paperDate) || !(since === null || isIsoDate(since))) return null;
  const headline = readFigures(figures);
  if (!headline || !Array.isArray(audits) || !Array.isArray(names) || !names.every(isText) || !Array.isArray(actions)) return null;
  const readAudits: PaperAudit[] = [];
  for (const audit of audits) {
    const read = readAudit(audit);
    if (!read) return null;
    readAudits.push(read);
  }
  const auditParts = (names as string[]).map(keyPart);
  const reference = remembered(referenceKey);
  const readActions = new Array<PaperAction>(actions.length);
  const date = remembered(serialToDate);
  const dateOf = (value: number | null) => (value === null ? null : date(value));
  for (let i = 0; i < actions.length; i++) {
    const action: unknown = actions[i];
    if (!Array.isArray(action) || action.length < 4 || action.length > 7) return null;
    const name: unknown = action[0];
    const recommendation: unknown = action[1];
    const disposition: unknown = action[2];
    const deadline: unknown = action[3];
    const revisions: unknown = action.length > 4 ? action[4] : 0;
    const closed: unknown = action.length > 5 ? action[5] : null;
    const hash: unknown = action[6];
    if (!isIndex(name, names.length) || !isText(recommendation) || !isIndex(disposition, DISPOSITION_CODES.length)) return null;
    if (!isSerial(deadline) || !isSerial(closed) || !isCount(revisions) || !(hash === undefined || isText(hash))) return null;
    const audit = names[name] as string;
    readActions[i] = {
      key: joinKey(auditParts[name], hash === undefined ? reference(recommendation) : `#${hash}`),
      audit,
      recommendation,
      disposition: DISPOSITION_CODES[disposition],
      deadline: dateOf(deadline),
      revisions,
      closed: dateOf(closed),
    };
  }
  return { date: paperDate, since, figures: headline, actions: readActions, audits: readAudits };
}

function readFigures(value: unknown): HeadlineFigures | null {
  if (!isRecord(value)) return null;
  const { audits, finalised, actions, open, overdue, implementationRate } = value;
  if (![audits, finalised, actions, open, overdue].every(isCount)) return null;
  if (!(implementationRate === null || (typeof implementationRate === 'number' && implementationRate >= 0 && implementationRate <= 1))) return null;
  return {
    audits: audits as number,
    finalised: finalised as number,
    actions: actions as number,
    open: open as number,
    overdue: overdue as number,
    implementationRate,
  };
}

function readAudit(value: unknown): PaperAudit | null {
  if (!Array.isArray(value) || value.length !== 3) return null;
  const audit: unknown = value[0];
  const stage: unknown = value[1];
  const opinion: unknown = value[2];
  if (!isText(audit) || !isText(stage) || !(opinion === null || isText(opinion))) return null;
  return { key: auditKey(audit), audit, stage, opinion };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE.test(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isIndex(value: unknown, length: number): value is number {
  return isCount(value) && value < length;
}

/** A whole day count from 30/12/1899 for a date from the year 1 to 9999 (storedPaper.ts), or null. */
function isSerial(value: unknown): value is number | null {
  return value === null || (Number.isInteger(value) && (value as number) >= -693593 && (value as number) <= 2958465);
}
