import * as path from 'path';
import type { WorkbookPart } from '../file/ooxml/workbookPart';

/**
 * Excel opens a file only when its extension matches what is inside: a workbook with macros must be named .xlsm
 * (.xltm for a template) and one without must not be, or Excel refuses it ("file format or file extension is not
 * valid"). The copy keeps the original's content, so --out must carry the extension that content needs.
 *
 * @returns null when the name is right, else one sentence saying which extension to use.
 * @example outputProblem('paper.xlsx', { macroEnabled: true, template: false }) // '--out paper.xlsx: ... name it paper.xlsm.'
 */
export function outputProblem(out: string, workbook: Pick<WorkbookPart, 'macroEnabled' | 'template'>): string | null {
  const wanted = workbook.template ? (workbook.macroEnabled ? '.xltm' : '.xltx') : workbook.macroEnabled ? '.xlsm' : '.xlsx';
  const given = path.extname(out).toLowerCase();
  if (given === wanted) return null;
  const what = workbook.macroEnabled ? 'holds macros' : 'holds no macros';
  const stem = given ? out.slice(0, -given.length) : out;
  return `--out ${out}: the workbook ${what}, so Excel opens the copy only as a ${wanted} file: name it ${stem}${wanted}.`;
}
