/**
 * A paper as the movement work sees it: a snapshot of the actions and audits on the paper's date, made once from the
 * engine's rows (snapshotOf.ts, the only file that reads them) and, for earlier papers, read back from the data
 * sheet (readStoredPaper.ts). Recording, comparing, the committee's tables and the movement narrative work from
 * these alone, so they do not change when the engine learns new columns.
 */
import type { Disposition, IsoDate } from '../types';

export type { Disposition };

/** What every paper keeps of an action, recorded or current. */
export interface PaperAction {
  /** Matches the same action on another paper (actionKey.ts): audit and recommendation, case and spacing ignored. */
  key: string;
  /** The audit and recommendation as the paper shows them (a long recommendation is shortened when recorded). */
  audit: string;
  recommendation: string;
  disposition: Disposition;
  /** The deadline the committee holds the action to: the latest agreed date. */
  deadline: IsoDate | null;
  /** How many times the deadline has been revised. */
  revisions: number;
  /** When the action was closed, if it is and the date is known. */
  closed: IsoDate | null;
}

/** An action of the paper being written: what the tables need beyond what is recorded. */
export interface CurrentAction extends PaperAction {
  /** The row's cell (its audit-name cell), as findings and the JSON name it. */
  cell: string;
  /** The priority in the organisation's own word, or null when it has none. */
  priority: string | null;
  /** One rank across every priority scale: 0 is the highest; ungraded actions rank last. */
  priorityRank: number;
  /** Who is responsible, when the tracker says. */
  owner: string | null;
  /** The deadline first agreed, before any revision. */
  originalDeadline: IsoDate | null;
}

/** An audit of the plan on a paper. */
export interface PaperAudit {
  /** Matches the same audit on another paper: its name, case and spacing ignored. */
  key: string;
  audit: string;
  /** The engine's stage ('final', 'draft', ...), kept as text so a recorded paper reads whatever stages exist. */
  stage: string;
  /** The assurance opinion in the organisation's word, or null. */
  opinion: string | null;
}

/** The paper being written, as of its date. */
export interface PaperSnapshot {
  date: IsoDate;
  /** The previous meeting, when set. */
  since: IsoDate | null;
  actions: CurrentAction[];
  audits: PaperAudit[];
}

/** The numbers a paper headlines, recorded with it so later papers (and the pane's list) can quote them. */
export interface HeadlineFigures {
  audits: number;
  finalised: number;
  actions: number;
  open: number;
  overdue: number;
  /** Share of the actions due in the period that were implemented by their deadline; null with no period or none due. */
  implementationRate: number | null;
}

/** A paper read back from the workbook's data sheet. */
export interface RecordedPaper {
  date: IsoDate;
  since: IsoDate | null;
  figures: HeadlineFigures;
  actions: PaperAction[];
  audits: PaperAudit[];
}

/** Open and past its deadline on the paper's date. */
export function isOverdue(action: PaperAction, date: IsoDate): boolean {
  return action.disposition === 'open' && action.deadline !== null && action.deadline < date;
}
