import { analyseWorkbook, type AnalyseOptions } from '../../core/analyseWorkbook';
import { patchCells } from '../../core/patchCells';
import { recheckRows, type ChangedRange } from '../../core/recheckRows';
import type { Analysis, Finding, WorkbookCells } from '../../core/types';
import type { CellsChange, CellsEdit } from '../../host/WorkbookHost';

/**
 * Edits re-checked from one baseline before the whole engine runs again and starts a new one: each re-check reads
 * every row edited since the baseline, so an afternoon of typing should not make it slower and slower.
 */
export const MAX_CHANGES_PER_BASELINE = 200;

/**
 * The last whole analysis of the cells being kept, and every edit patched into them since (`analysis` is null until
 * a refresh under way delivers it). Live checks re-check only those edits' rows against it (recheckRows).
 */
export interface Baseline {
  analysis: Analysis | null;
  changes: ChangedRange[];
}

/** Where a check's cells came from, and whether the pane is listening for edits (so they stay current). */
export interface LiveCheckSource {
  /** The cells are the ones kept here (`LiveCheck.cells`), patched since the baseline; false for a fresh read. */
  fromKept: boolean;
  /** Edits are being patched in: a whole analysis becomes the next edits' baseline. */
  listening: boolean;
}

/** A check's findings, and the analysis whose tables describe the cells checked (for the settings' outline). */
export interface LiveCheckResult {
  findings: Finding[];
  analysis: Analysis;
}

/**
 * Live checking's bookkeeping: the workbook cells kept current by the user's edits, and the baseline analysis the
 * next check re-checks the edited rows against. It neither reads the workbook nor knows whether the pane listens for
 * edits: PaneController decides both and says so.
 */
export class LiveCheck {
  /**
   * The last workbook read, kept up to date with the user's edits while listening, so live checking does not
   * re-read it. Not listening, it goes stale at the first edit, so each check reads the workbook afresh.
   */
  private kept: WorkbookCells | null = null;
  /**
   * Holds exactly when `kept` is a whole read (or the cells an analysis ran on) with `changes` patched in since.
   * Anything that replaces `kept` goes through keep, which drops it.
   */
  private baseline: Baseline | null = null;

  /** The cells the next check can use without reading the workbook, or null when it must read. */
  get cells(): WorkbookCells | null {
    return this.kept;
  }

  /** Drop the kept cells: edits were (or will be) missed, so the next check reads the workbook afresh. */
  forget(): void {
    this.keep(null);
  }

  /**
   * Keep a whole read whose analysis is still to come (a refresh under way). The baseline returned gets that analysis
   * through completeBaseline, unless something replaced it meanwhile.
   */
  beginBaseline(cells: WorkbookCells): Baseline {
    this.keep(cells);
    this.baseline = { analysis: null, changes: [] };
    return this.baseline;
  }

  /** A refresh's analysis of the cells it read becomes the baseline, if those cells are still the ones kept. */
  completeBaseline(begun: Baseline | null, analysis: Analysis): void {
    if (begun && this.baseline === begun) begun.analysis = analysis;
  }

  /**
   * Patch an edit into the kept cells (none kept: nothing to do, the next check reads) and note its rows. Anything
   * else the host reports (rows inserted or deleted, an edit it could not read) means the kept cells no longer match
   * the workbook: they are forgotten, and the next check reads it afresh.
   */
  applyChange(change: CellsChange): void {
    if (change.kind === 'invalidated') {
      this.forget();
      return;
    }
    if (!this.kept) return;
    this.kept = patchCells(this.kept, {
      sheet: change.sheet,
      top: change.top,
      left: change.left,
      values: change.values,
    });
    this.baseline?.changes.push(changedRange(change));
  }

  /**
   * The findings for `cells`: only the rows edited since the baseline are re-checked when `fromKept` (they are this
   * object's `cells`) and recheckRows can answer, otherwise the whole engine runs. While `listening`, a whole analysis
   * keeps `cells` as the next edits' baseline.
   */
  check(cells: WorkbookCells, options: AnalyseOptions, { fromKept, listening }: LiveCheckSource): LiveCheckResult {
    const baseline = fromKept ? this.baseline : null;
    if (baseline?.analysis && baseline.changes.length <= MAX_CHANGES_PER_BASELINE) {
      const findings = recheckRows(baseline.analysis, cells, baseline.changes, options);
      // Non-null means the tables were found exactly as in the baseline, so its analysis still describes them.
      if (findings) return { findings, analysis: baseline.analysis };
    }
    const analysis = analyseWorkbook(cells, options);
    if (listening) {
      // These cells, as analysed, are the next edits' baseline.
      this.keep(cells);
      this.baseline = { analysis, changes: [] };
    }
    return { findings: analysis.findings, analysis };
  }

  /** Replace the kept cells (null: read afresh next time); edits from here on are not in any baseline's analysis. */
  private keep(cells: WorkbookCells | null): void {
    this.kept = cells;
    this.baseline = null;
  }
}

/** The cells an edit replaced: its rectangle, and all the values patched in should the host send more. */
export function changedRange(change: CellsEdit): ChangedRange {
  const width = change.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    sheet: change.sheet,
    top: change.top,
    left: change.left,
    bottom: Math.max(change.bottom, change.top + change.values.length - 1),
    right: Math.max(change.right, change.left + width - 1),
  };
}
