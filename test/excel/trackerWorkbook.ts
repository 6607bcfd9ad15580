/**
 * A tracker of any size for counting syncs: the seed paper's plan sheet and an actions sheet with `count` rows made by
 * cycling the seed's actions and spreading their deadlines over two years, so some are overdue, some due soon and
 * some signed off. Deterministic: the same count gives the same workbook.
 */
import type { CellValue, WorkbookCells } from '../../src/core/types';
import { makeSeedWorkbook } from '../fixtures/seedTables';

export function trackerWithActions(count: number): WorkbookCells {
  const seed = makeSeedWorkbook();
  const actions = seed.sheets[1];
  const header = actions.values[0];
  const rows = actions.values.slice(1);
  const values: CellValue[][] = [header];
  const formats: string[][] = [actions.numberFormats?.[0] ?? header.map(() => 'General')];
  for (let i = 0; i < count; i++) {
    const [audit, recommendation, risk, deadline] = rows[i % rows.length];
    const due = Number(deadline) + (i % 730) - 200;
    const signedOff = i % 3 === 0 ? due + 10 : '';
    values.push([audit, typeof recommendation === 'number' ? recommendation + Math.floor(i / rows.length) : recommendation, risk, due, signedOff]);
    formats.push(['General', 'General', 'General', 'dd/mm/yyyy', 'dd/mm/yyyy']);
  }
  return { sheets: [seed.sheets[0], { ...actions, values, numberFormats: formats }] };
}
