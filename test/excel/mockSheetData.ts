/**
 * What the workbook mock keeps of each sheet besides its cells' values: the cells Excel holds as formulas, the data
 * validation on each cell and the conditional formats, each behaving as real Excel does where the add-in relies on
 * it (src/excel/README.md says where each behaviour is documented).
 */
import type { CellValue, SheetCells } from '../../src/core/types';
import { rangeA1, type RangeRect } from '../../src/excel/rangeAddress';

/** One cell's validation, as the mock keeps it: its kind and its error-alert title (the user's have none or another). */
export interface CellValidation {
  type: string;
  title: string | null;
}

/** Validation given to a workbook before the test starts: the user's own, or an earlier refresh's. */
export interface MockValidation {
  sheet: string;
  /** A1 without the sheet. */
  range: string;
  type?: string;
  title?: string | null;
}

/** A conditional format already on a sheet. */
export interface MockConditionalFormat {
  sheet: string;
  /** 'Custom' for formula rules; anything else ('CellValue', 'ColorScale', 'DataBar'...) for other kinds. */
  type: string;
  /** '' for kinds without a formula. */
  formula: string;
  /** A1 without the sheet; the whole used area when not given. */
  range?: string;
  /**
   * A layout Excel cannot read (two rules on the same cells, a duplicated rule: office-js issues 6827, 6835): loading
   * anything of it but its type fails the whole sync.
   */
  unreadable?: boolean;
  /** A layout Excel cannot delete through the API (office-js issue 5222): deleting it fails with ItemNotFound. */
  undeletable?: boolean;
}

const key = (row: number, column: number) => `${row},${column}`;

/** The cells of a sheet as a grid from A1 that grows as values are written. */
export class SheetData {
  /** Row-major values from A1; '' for blank. */
  values: CellValue[][] = [];
  formats: string[][] = [];
  /** Cells whose written value Excel took as a formula. */
  readonly formulaCells = new Set<string>();
  readonly validation = new Map<string, CellValidation>();
  /** True for a sheet whose used range is the fixture's rectangle (blank cells included), as the user left it. */
  private readonly fixed: { top: number; left: number; height: number; width: number } | null;

  constructor(cells: SheetCells | null) {
    if (!cells) {
      this.fixed = null;
      return;
    }
    const width = Math.max(0, ...cells.values.map((row) => row.length));
    this.fixed = cells.values.length === 0 ? null : { top: cells.originRow, left: cells.originColumn, height: cells.values.length, width };
    cells.values.forEach((row, r) =>
      row.forEach((value, c) => this.set(cells.originRow + r, cells.originColumn + c, value, cells.numberFormats?.[r]?.[c] ?? 'General')),
    );
    // Blank cells inside the fixture keep their number format, as Excel keeps a formatted blank cell.
    cells.numberFormats?.forEach((row, r) =>
      row.forEach((format, c) => {
        this.ensure(cells.originRow + r, cells.originColumn + c);
        this.formats[cells.originRow + r][cells.originColumn + c] = format;
      }),
    );
  }

  private ensure(row: number, column: number): void {
    while (this.values.length <= row) {
      this.values.push([]);
      this.formats.push([]);
    }
    while (this.values[row].length <= column) {
      this.values[row].push('');
      this.formats[row].push('General');
    }
  }

  set(row: number, column: number, value: CellValue, format?: string): void {
    this.ensure(row, column);
    this.values[row][column] = value;
    if (format !== undefined) this.formats[row][column] = format;
  }

  value(row: number, column: number): CellValue {
    return this.values[row]?.[column] ?? '';
  }

  format(row: number, column: number): string {
    return this.formats[row]?.[column] ?? 'General';
  }

  /**
   * The used range: the fixture's rectangle, grown to take in any value written beside it since; or, once rows are
   * written below it, the box round every non-blank value.
   */
  usedRect(): { top: number; left: number; bottom: number; right: number } | null {
    if (this.fixed && this.values.length <= this.fixed.top + this.fixed.height) {
      const { top, left, height, width } = this.fixed;
      const box = this.valueBox();
      const right = Math.max(left + width - 1, box?.right ?? -1);
      return { top: Math.min(top, box?.top ?? top), left: Math.min(left, box?.left ?? left), bottom: top + height - 1, right };
    }
    return this.valueBox();
  }

  private valueBox(): { top: number; left: number; bottom: number; right: number } | null {
    let box: { top: number; left: number; bottom: number; right: number } | null = null;
    this.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' || value === null) return;
        box = box
          ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
          : { top: r, left: c, bottom: r, right: c };
      }),
    );
    return box;
  }

  /**
   * Writes values as Excel takes them: a leading apostrophe says "text" and is not kept; a text starting with "="
   * becomes a formula when `textBecomesFormula` (what Office.js's documentation allows, "@" format or not).
   */
  writeValues(rect: RangeRect, values: unknown[][], textBecomesFormula: boolean): void {
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const at = key(rect.top + r, rect.left + c);
        this.formulaCells.delete(at);
        let stored = value as CellValue;
        if (typeof value === 'string' && value.startsWith("'")) stored = value.slice(1);
        else if (typeof value === 'string' && value.startsWith('=') && textBecomesFormula) this.formulaCells.add(at);
        this.set(rect.top + r, rect.left + c, stored);
      }),
    );
  }

  writeFormats(rect: RangeRect, formats: unknown[][]): void {
    formats.forEach((row, r) =>
      row.forEach((format, c) => {
        this.ensure(rect.top + r, rect.left + c);
        this.formats[rect.top + r][rect.left + c] = String(format);
      }),
    );
  }

  clear(rect: RangeRect, what: string): void {
    for (let r = rect.top; r <= Math.min(rect.bottom, this.values.length - 1); r++) {
      for (let c = rect.left; c <= Math.min(rect.right, (this.values[r]?.length ?? 0) - 1); c++) {
        this.values[r][c] = '';
        this.formulaCells.delete(key(r, c));
        if (what !== 'Contents') this.formats[r][c] = 'General';
      }
    }
  }

  /** Cells of `rect` Excel holds as formulas, one area per cell. */
  formulaAreas(rect: RangeRect): string[] {
    return this.cellsIn(rect, (r, c) => this.formulaCells.has(key(r, c)));
  }

  /** Cells of `rect` that carry any validation, one area per run of a column. */
  validatedAreas(rect: RangeRect): string[] {
    return this.cellsIn(rect, (r, c) => this.validation.has(key(r, c)));
  }

  private cellsIn(rect: RangeRect, test: (row: number, column: number) => boolean): string[] {
    const areas: string[] = [];
    const bottom = Math.min(rect.bottom, 1_048_575);
    const right = Math.min(rect.right, 16_383);
    const rows = [...new Set([...this.formulaCells, ...this.validation.keys()].map((at) => Number(at.split(',')[0])))].sort((a, b) => a - b);
    for (const r of rows) {
      if (r < rect.top || r > bottom) continue;
      for (let c = rect.left; c <= Math.min(right, 300); c++) if (test(r, c)) areas.push(rangeA1(r, c, r, c));
    }
    return areas;
  }

  /** The validation of `rect` as Excel reports it: None, one kind with its alert, or Inconsistent. */
  validationOf(rect: RangeRect | RangeRect[]): { type: string; errorAlert: { title: string | null } | null } {
    const rects = Array.isArray(rect) ? rect : [rect];
    const seen = new Set<string>();
    let first: CellValidation | null | undefined;
    for (const area of rects) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = this.validation.get(key(r, c)) ?? null;
          seen.add(cell ? `${cell.type}|${cell.title}` : 'None');
          if (first === undefined) first = cell;
        }
      }
    }
    if (seen.size > 1) return { type: 'Inconsistent', errorAlert: null };
    if (!first) return { type: 'None', errorAlert: null };
    return { type: first.type, errorAlert: { title: first.title } };
  }

  setValidation(rect: RangeRect, change: Partial<CellValidation> | null): void {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const at = key(r, c);
        if (change === null) this.validation.delete(at);
        else
          this.validation.set(at, {
            type: change.type ?? this.validation.get(at)?.type ?? 'Any',
            title: change.title ?? this.validation.get(at)?.title ?? null,
          });
      }
    }
  }
}
