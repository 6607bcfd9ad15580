/**
 * Test helpers that look at a workbook file independently of the file shell: fflate's own unzip for its parts,
 * ExcelJS (a dev dependency) to make small workbooks and to check that ours open in another reader.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { posix } from 'path';
import { workbookBytes } from '../../src/file/cellsToWorkbook';
import { WorkbookFile } from '../../src/file/ooxml/WorkbookFile';
import { findAll, parseXml } from './xmlTree';

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

/**
 * What makes a package invalid, read independently of the file shell (fflate and saxes): a part with no content
 * type, an Override for a part that is not there, an internal relationship whose target is missing, a rels part
 * whose part is missing. Equal to [] for a sound package.
 */
export function packageProblems(bytes: Uint8Array): string[] {
  const parts = partsOf(bytes);
  const text = (name: string) => new TextDecoder().decode(parts.get(name));
  const types = parseXml(text('[Content_Types].xml'));
  const defaults = new Set(findAll(types, 'Default').map((d) => d.attributes.Extension.toLowerCase()));
  const overrides = findAll(types, 'Override').map((o) => decodeURIComponent(o.attributes.PartName.replace(/^\//, '')));
  const problems: string[] = [];
  for (const name of parts.keys()) {
    if (name === '[Content_Types].xml') continue;
    const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.includes(name) && !defaults.has(extension)) problems.push(`${name} has no content type`);
  }
  for (const name of overrides) if (!parts.has(name)) problems.push(`the content type of ${name}, which is not there`);
  for (const rels of [...parts.keys()].filter((name) => name.endsWith('.rels'))) {
    const owner = rels.replace(/_rels\/(.*)\.rels$/, '$1');
    if (owner !== '' && !parts.has(owner)) problems.push(`${rels} belongs to ${owner}, which is not there`);
    for (const r of findAll(parseXml(text(rels)), 'Relationship')) {
      if (r.attributes.TargetMode === 'External') continue;
      const target = decodeURIComponent(r.attributes.Target.split('#')[0]);
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(owner), target));
      if (!parts.has(resolved)) problems.push(`${rels} ${r.attributes.Id} points at ${resolved}, which is not there`);
    }
  }
  return problems;
}

/** A part's relationships as [id, the type's last segment, target], in the order written. */
export function relationships(bytes: Uint8Array, rels: string): string[][] {
  return findAll(parseXml(partText(bytes, rels)), 'Relationship').map((r) => [
    r.attributes.Id,
    r.attributes.Type.replace(/^.*\//, ''),
    r.attributes.Target,
  ]);
}
