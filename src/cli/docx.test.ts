import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from './main';
import { blockAfter, readWordDocument, tableRowsAfter } from '@test/paper/wordDocument';
import { fakeIo, MESSY, ROOT, SAMPLE } from '@test/cli/fakeIo';

const DATES = ['--as-of', '30/09/2024', '--since', '24/07/2024'];

describe('jac-summary --docx', () => {
  it('writes the committee paper’s section for Word from the sample: the seed’s tables, its empty tables’ words and the narrative', async () => {
    const run = fakeIo();
    expect(await main([...DATES, '--docx', 'paper.docx'], run.io)).toBe(0);
    expect(run.stdout().endsWith("Wrote paper.docx with the committee paper's tables for Word.\n")).toBe(true);
    expect([...run.written.keys()]).toEqual(['paper.docx']);

    const { body } = readWordDocument(run.written.get('paper.docx')!);
    expect(body.slice(0, 2).map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      'Joint Audit Committee: internal audit summary',
      'As at 30/09/2024; previous meeting 24/07/2024',
    ]);
    expect(tableRowsAfter(body, 'Actions signed off since the previous meeting (24/07/2024)')).toEqual([
      ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date'],
      ['Firearms and Tasers', '1', 'Medium', '30/10/2024', '14/08/2024'],
      ['Procurement under £60K', '1', 'Low', '30/07/2024', '20/08/2024'],
      ['Procurement under £60K', '3', 'Low', '30/07/2024', '20/08/2024'],
      ['Procurement under £60K', '6', 'Medium', '30/07/2024', '20/08/2024'],
      ['Grants and Commissioning', '5 & 6', 'Low', '30/06/2024', '27/08/2024'],
      ['Counter Fraud Framework Review', '1', 'Low', '30/12/2023', '27/08/2024'],
      ['Procurement under £60K', '4', 'Medium', '31/08/2024', '27/08/2024'],
    ]);
    expect(blockAfter(body, 'Overdue actions')).toEqual({ kind: 'paragraph', style: null, text: 'No actions are overdue.' });
    expect(blockAfter(body, 'Open actions by risk')).toEqual({ kind: 'paragraph', style: null, text: 'There are no open actions.' });
    expect((blockAfter(body, 'Summary') as { text: string }).text).toMatch(
      /^The internal audit plan contains 16 audits: .* No actions are overdue\.$/,
    );
  });

  it('keeps stdout to the JSON object with --json, and writes "=cmd" in the messy tracker as the text it is', async () => {
    const run = fakeIo();
    expect(await main([MESSY, '--json', ...DATES, '--docx', 'messy.docx'], run.io)).toBe(0);
    expect(() => JSON.parse(run.stdout())).not.toThrow();
    expect(run.stderr()).toBe("Wrote messy.docx with the committee paper's tables for Word.\n");
    const cells = readWordDocument(run.written.get('messy.docx')!).body.flatMap((block) =>
      block.kind === 'table' ? block.rows.flatMap((row) => row.cells) : [],
    );
    expect(cells).toContain("=cmd|' /C calc'!A0");
  });

  it('refuses to write the paper over the workbook or the --out copy, before reading or writing anything', async () => {
    const over = fakeIo();
    expect(await main([SAMPLE, '--docx', SAMPLE], over.io)).toBe(2);
    expect(over.stderr()).toBe(`jac-summary: --docx ${SAMPLE} is the workbook being read: name a new file, so the original stays as it is.\n`);
    expect([over.stdout(), over.written.size]).toEqual(['', 0]);

    const same = fakeIo();
    expect(await main(['--out', 'copy.xlsx', '--docx', 'copy.xlsx'], same.io)).toBe(2);
    expect(same.stderr()).toBe('jac-summary: --docx copy.xlsx is also the --out file: give the paper and the workbook copy different names.\n');
    expect(same.written.size).toBe(0);
  });

  it('says in one line when the paper cannot be written', async () => {
    const run = fakeIo();
    run.io.writeFile = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    expect(await main([...DATES, '--docx', 'locked.docx'], run.io)).toBe(2);
    expect(run.stderr()).toBe('jac-summary: The output file locked.docx cannot be written: permission denied.\n');
  });
});

describe('jac-summary --docx, as the installed command', () => {
  // Regression: bin/jac-summary.js runs the command through tsx as CommonJS, where an import() of the paper
  // renderer failed with "Cannot find module"; the in-process tests above never saw it.
  it('writes the paper to disk', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jac-docx-'));
    const paper = path.join(dir, 'JAC paper.docx');
    try {
      const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [path.join(ROOT, 'bin/jac-summary.js'), '--json', '--as-of', '2024-09-30', '--docx', paper],
          (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
        );
      });
      expect(result).toEqual({ code: 0, stderr: `Wrote ${paper} with the committee paper's tables for Word.\n` });
      const { body } = readWordDocument(new Uint8Array(await fs.readFile(paper)));
      // Without a previous meeting: the plan's two tables and the actions by priority and RAG status.
      expect(body.filter((block) => block.kind === 'table')).toHaveLength(3);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
