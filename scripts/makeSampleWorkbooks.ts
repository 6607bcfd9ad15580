/**
 * Writes the bundled sample workbook (assets/sample/jac-tracker-sample.xlsx, the seed paper's two section-4
 * tables) and the messy test workbook (test/fixtures/messy-tracker.xlsx) from their cells.
 *
 *   npm run sample
 *
 * Both are committed; run this after changing their cells. Reading either file back gives its cells exactly
 * (src/file/sampleWorkbooks.test.ts checks it).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { cellsToWorkbook, workbookBytes } from '../src/file/cellsToWorkbook';
import type { WorkbookCells } from '../src/core/types';
import { makeSeedWorkbook, seedLayout } from '../test/fixtures/seedTables';
import { makeMessyWorkbook } from './messyWorkbookCells';

const ROOT = path.resolve(__dirname, '..');
export const SAMPLE_PATH = path.join(ROOT, 'assets/sample/jac-tracker-sample.xlsx');
export const MESSY_PATH = path.join(ROOT, 'test/fixtures/messy-tracker.xlsx');

/** A fixed date in the file's properties, so regenerating an unchanged grid changes as little as possible. */
const FIXED_DATE = new Date(Date.UTC(2024, 8, 30));

interface Look {
  sheet: string;
  titleRow?: number;
  headerRow: number;
  widths: number[];
}

export function buildWorkbook(cells: WorkbookCells, looks: Look[]): ExcelJS.Workbook {
  const workbook = cellsToWorkbook(cells);
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const look of looks) {
    const sheet = workbook.getWorksheet(look.sheet);
    if (!sheet) throw new Error(`No sheet ${look.sheet}`);
    look.widths.forEach((width, i) => {
      sheet.getColumn(i + 1).width = width;
    });
    if (look.titleRow !== undefined) sheet.getCell(look.titleRow + 1, 1).font = { bold: true, size: 14 };
    sheet.getRow(look.headerRow + 1).eachCell((cell) => {
      cell.font = { bold: true };
    });
  }
  return workbook;
}

export function buildSample(): ExcelJS.Workbook {
  return buildWorkbook(makeSeedWorkbook(), [
    { sheet: seedLayout.plan.sheet, titleRow: seedLayout.plan.titleRow, headerRow: seedLayout.plan.headerRow, widths: [38, 14, 40] },
    { sheet: seedLayout.actions.sheet, headerRow: seedLayout.actions.headerRow, widths: [32, 16, 10, 12, 14] },
  ]);
}

export function buildMessy(): ExcelJS.Workbook {
  return buildWorkbook(makeMessyWorkbook(), [
    { sheet: 'Plan 2024-25', titleRow: 0, headerRow: 2, widths: [30, 16, 48, 16] },
    { sheet: 'Action Tracker', titleRow: 0, headerRow: 2, widths: [28, 10, 10, 14, 18, 18] },
  ]);
}

async function write(file: string, workbook: ExcelJS.Workbook): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await workbookBytes(workbook));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
}

if (require.main === module) {
  void (async () => {
    await write(SAMPLE_PATH, buildSample());
    await write(MESSY_PATH, buildMessy());
  })();
}
