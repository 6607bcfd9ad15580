/**
 * Test helpers that look at a workbook file independently of the file shell: fflate's own unzip for its parts,
 * ExcelJS (a dev dependency) to make small workbooks and to check that ours open in another reader.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { workbookBytes } from '../../src/file/cellsToWorkbook';
import { WorkbookFile } from '../../src/file/ooxml/WorkbookFile';

/** Every part of a package, decompressed, by name. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
}

export function partText(bytes: Uint8Array, name: string): string {
  const part = partsOf(bytes).get(name);
  if (!part) throw new Error(`No part ${name}`);
  return new TextDecoder().decode(part);
}

/**
 * The parts of `original` that are missing from `copy` or differ from it, leaving out those the add-in may change.
 * Equal to [] exactly when every other part came through byte for byte.
 */
export function changedParts(original: Uint8Array, copy: Uint8Array, mayChange: readonly string[]): string[] {
  const before = partsOf(original);
  const after = partsOf(copy);
  const changed: string[] = [];
  for (const [name, bytes] of before) {
    if (mayChange.includes(name)) continue;
    const now = after.get(name);
    if (!now) changed.push(`${name} (lost)`);
    else if (Buffer.compare(Buffer.from(bytes), Buffer.from(now)) !== 0) changed.push(name);
  }
  return changed;
}

/** A workbook made with ExcelJS, as bytes. */
export async function excelJsBytes(build: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await build(workbook);
  return workbookBytes(workbook);
}

/** A workbook made with ExcelJS, opened by the file shell. */
export async function excelJsFile(build: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<WorkbookFile> {
  return WorkbookFile.open(await excelJsBytes(build));
}

/** ExcelJS's reading of bytes: a second reader, to show a written file opens outside the file shell too. */
export async function excelJsRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The parts a refresh may change: the workbook's lists, styles, and the sheets it writes rules into or owns. */
export const WORKBOOK_LISTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
