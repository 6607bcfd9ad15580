/**
 * A workbook file: its package, and what has been read from it so far. Parts are read when first asked for and
 * kept until the part changes, so the command line reads each sheet once and the preview redraws without reading
 * the file again.
 *
 * This is the file shell's one reader: the command line, the FileHost (and so the browser preview) and the grid
 * all read through it.
 */
import { EMPTY_STORED_DATA, type StoredData } from '../../core/dataSheet';
import { DATA_SHEET_NAME, isOwnedSheet, LEGACY_DATA_SHEET_NAMES, sameSheetName } from '../../core/footprint';
import type { ExcelTableInfo, SheetCells, WorkbookCells } from '../../core/types';
import { HostError } from '../../host/WorkbookHost';
import { XmlError } from '../xml/XmlReader';
import { ZipError } from '../zip/readZip';
import { DAMAGED, openPackage, type WorkbookBytes } from './openPackage';
import type { Package } from './Package';
import { readSheet, type SheetContent } from './readSheet';
import { isType, REL } from './relationships';
import { readSharedStrings } from './sharedStrings';
import { sheetCells } from './sheetCells';
import { readLegacyRecord, readStoredRecord } from './storedRecord';
import { readStyles, type StyleTable } from './styles';
import { readTables } from './tables';
import { readWorkbookPart, type SheetEntry, type WorkbookPart } from './workbookPart';

export interface ReadOptions {
  /**
   * Also read the add-in's own sheets (the summary and the data sheet). Off by default: the summary repeats the
   * plan's headers, and reading it back as data would make the engine find its own output.
   */
  includeOwnSheets?: boolean;
}

export class WorkbookFile {
  private structure: WorkbookPart;
  private stylesCache: StyleTable | null = null;
  private stringsCache: string[] | null = null;
  private readonly contents = new Map<string, SheetContent>();

  private constructor(readonly pkg: Package) {
    this.structure = guard(() => readWorkbookPart(pkg));
    if (this.structure.sheets.length === 0) throw new HostError('unreadable-file', DAMAGED);
  }

  /** Throws HostError("unreadable-file") with a sentence to show when the bytes are not a workbook. */
  static open(bytes: WorkbookBytes): WorkbookFile {
    return new WorkbookFile(openPackage(bytes));
  }

  get workbook(): WorkbookPart {
    return this.structure;
  }

  /** Every sheet in tab order, chart sheets included (they are tabs too, with no cells). */
  get sheets(): SheetEntry[] {
    return this.structure.sheets;
  }

  /** The sheet of that name, compared as Excel compares sheet names (without regard to case). */
  sheet(name: string): SheetEntry | undefined {
    return this.structure.sheets.find((sheet) => sheet.name === name) ?? this.structure.sheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  get styles(): StyleTable {
    if (!this.stylesCache) {
      const part = this.structure.relationships.find((r) => isType(r, REL.styles))?.part;
      this.stylesCache = guard(() => readStyles(part && this.pkg.has(part) ? this.pkg.text(part) : null));
    }
    return this.stylesCache;
  }

  get sharedStrings(): readonly string[] {
    if (!this.stringsCache) {
      const part = this.structure.relationships.find((r) => isType(r, REL.sharedStrings))?.part;
      this.stringsCache = guard(() => (part && this.pkg.has(part) ? readSharedStrings(this.pkg.text(part)) : []));
    }
    return this.stringsCache;
  }

  /** The sheet's cells and sheet-level facts; an empty sheet for a chart sheet or a sheet whose part is missing. */
  content(sheet: SheetEntry): SheetContent {
    const part = sheet.part;
    if (!part || sheet.kind !== 'worksheet') return emptyContent();
    let content = this.contents.get(part);
    if (!content) {
      content = guard(() =>
        readSheet(this.pkg.text(part), { sharedStrings: () => this.sharedStrings, styles: this.styles, date1904: this.structure.date1904 }),
      );
      this.contents.set(part, content);
    }
    return content;
  }

  tables(sheet: SheetEntry): ExcelTableInfo[] {
    if (!sheet.part) return [];
    const part = sheet.part;
    return guard(() => readTables(this.pkg, part, this.content(sheet).tableRelIds));
  }

  /** One sheet as the core reads it. */
  sheetCells(sheet: SheetEntry): SheetCells {
    return sheetCells(sheet.name, this.content(sheet), this.styles, this.tables(sheet));
  }

  /** The user's worksheets as the core reads them, with the add-in's stored record. */
  cells(options: ReadOptions = {}): WorkbookCells {
    const sheets = this.structure.sheets
      .filter((sheet) => sheet.kind === 'worksheet' && (options.includeOwnSheets || !isOwnedSheet(sheet.name)))
      .map((sheet) => this.sheetCells(sheet));
    return { sheets, stored: this.stored() };
  }

  /** The record on the data sheet; from the legacy settings sheet when there is no data sheet yet. */
  stored(): StoredData {
    const data = this.sheet(DATA_SHEET_NAME);
    if (data) return readStoredRecord(this.content(data));
    const legacy = this.legacySheet();
    return legacy ? readLegacyRecord(this.content(legacy)).stored : EMPTY_STORED_DATA;
  }

  /** The exact formulas of the conditional formats a legacy settings sheet says the add-in added. */
  legacyConditionalFormatFormulas(): string[] {
    const legacy = this.legacySheet();
    return legacy ? readLegacyRecord(this.content(legacy)).highlightFormulas : [];
  }

  legacySheet(): SheetEntry | undefined {
    return this.structure.sheets.find((sheet) => LEGACY_DATA_SHEET_NAMES.some((name) => sameSheetName(name, sheet.name)));
  }

  /**
   * Tell the reader that these parts were changed (by the writer or an edit), so what it read of them is read
   * again when next asked for. The workbook part, styles and shared strings are re-read whenever they change.
   */
  changed(parts: readonly string[]): void {
    for (const part of parts) this.contents.delete(part);
    this.structure = readWorkbookPart(this.pkg);
    this.stylesCache = null;
    this.stringsCache = null;
  }
}

function emptyContent(): SheetContent {
  return { rows: [], uncalculated: [], merges: [], columns: [], conditionalFormats: [], protected: false, tableRelIds: [], formulaGuards: [] };
}

/** A part that cannot be inflated or is not well-formed XML means a damaged file: say so, as for a bad zip. */
function guard<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ZipError || error instanceof XmlError || error instanceof RangeError) throw new HostError('unreadable-file', DAMAGED);
    throw error;
  }
}
