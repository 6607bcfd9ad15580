/**
 * A macro-enabled workbook (.xlsm): no Excel-saved one with a licence to ship was found (see the fidelity corpus's
 * README), so the package is built here from the sample, as Excel lays one out: the workbook's content type says
 * macroEnabled and it has a VBA project part with its relationship.
 */
import { promises as fs } from 'fs';
import { unzipSync, zipSync } from 'fflate';
import { main } from '../cli/main';
import { WorkbookFile } from './ooxml/WorkbookFile';
import { fakeIo, SAMPLE } from '@test/cli/fakeIo';
import { changedParts, partsOf, WORKBOOK_LISTS } from '@test/file/packageParts';

const VBA_PROJECT = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4, 5, 6, 7, 8]);

async function macroWorkbook(): Promise<Uint8Array> {
  const parts = unzipSync(new Uint8Array(await fs.readFile(SAMPLE)));
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const put = (name: string, value: string) => (parts[name] = new TextEncoder().encode(value));
  put(
    '[Content_Types].xml',
    text('[Content_Types].xml')
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  put(
    'xl/_rels/workbook.xml.rels',
    text('xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  parts['xl/vbaProject.bin'] = VBA_PROJECT;
  return zipSync(parts);
}

describe('a macro-enabled workbook', () => {
  it('comes out of --out as an .xlsm with its VBA project byte for byte', async () => {
    const original = await macroWorkbook();
    const run = fakeIo({ 'tracker.xlsm': original });
    expect(await main(['tracker.xlsm', '--as-of', '2024-09-30', '--out', 'with summary.xlsm'], run.io)).toBe(0);
    const copy = run.written.get('with summary.xlsm')!;
    expect(changedParts(original, copy, [...WORKBOOK_LISTS, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])).toEqual([]);
    expect(partsOf(copy).get('xl/vbaProject.bin')).toEqual(VBA_PROJECT);
    expect(WorkbookFile.open(copy).workbook.macroEnabled).toBe(true);
  });

  it('is refused, in one line, an --out name Excel would refuse to open', async () => {
    const run = fakeIo({ 'tracker.xlsm': await macroWorkbook() });
    expect(await main(['tracker.xlsm', '--out', 'paper.xlsx'], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      'jac-summary: --out paper.xlsx: the workbook holds macros, so Excel opens the copy only as a .xlsm file: name it paper.xlsm.\n',
    );
    expect(run.written.size).toBe(0);
  });
});
