import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from './main';
import { WorkbookFile } from '../file/ooxml/WorkbookFile';
import { changedParts, excelJsRead, WORKBOOK_LISTS } from '@test/file/packageParts';
import { fakeIo, MESSY, ROOT, SAMPLE } from '@test/cli/fakeIo';

function conditionalFormats(sheet: ExcelJS.Worksheet): { ref: string }[] {
  return (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
}

const DATES = ['--as-of', '30/09/2024', '--since', '24/07/2024'];

describe('jac-summary --out on the sample', () => {
  it("writes the seed's summary sheet and highlighting, leaving every user cell as it was", async () => {
    const run = fakeIo();
    expect(await main([...DATES, '--out', 'summary.xlsx'], run.io)).toBe(0);
    expect(run.stdout().endsWith('Wrote summary.xlsx with the sheet "JAC Summary".\n')).toBe(true);
    const copy = run.written.get('summary.xlsx')!;
    const original = new Uint8Array(await fs.readFile(SAMPLE));
    // Every part of the sample but the workbook's lists, its styles and the actions and plan sheets (given the
    // add-in's rules) comes through byte for byte.
    expect(changedParts(original, copy, [...WORKBOOK_LISTS, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])).toEqual([]);
    const file = WorkbookFile.open(copy);
    expect(file.cells().sheets).toEqual(WorkbookFile.open(original).cells().sheets);
    const written = await excelJsRead(copy);

    const summary = file.cells({ includeOwnSheets: true }).sheets.find((s) => s.name === 'JAC Summary')!;
    const v = summary.values;
    expect(v[0][0]).toBe('Joint Audit Committee: internal audit summary');
    expect(v[1][0]).toBe('As at 30/09/2024; previous meeting 24/07/2024');
    expect(v.slice(3, 7).map((row) => row.slice(0, 3))).toEqual([
      ['Internal audit plan: latest position', '', ''],
      ['Audit', 'Planned start', 'Status'],
      ['Budget Setting and Control', 'Complete', 'Finalised- Substantial assurance'],
      ['Covert Accounts', 'Complete', 'Finalised- Reasonable assurance'],
    ]);
    expect(v[11].slice(0, 3)).toEqual(['Information Asset Ownership', 45607, 'Scope and timing agreed']);
    expect(summary.numberFormats![11][1]).toBe('dd/mm/yyyy');
    expect(v[14].slice(0, 3)).toEqual(['PFI/ Reporting to Home Office', 'Q2/3 TBC', 'Commissioned outside IA plan - planning']);
    expect(v.slice(32, 41).map((row) => row.slice(0, 5))).toEqual([
      ['Actions signed off since the previous meeting (24/07/2024)', '', '', '', ''],
      ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date'],
      ['Firearms and Tasers', '1', 'Medium', 45595, 45518],
      ['Procurement under \u00a360K', '1', 'Low', 45503, 45524],
      ['Procurement under \u00a360K', '3', 'Low', 45503, 45524],
      ['Procurement under \u00a360K', '6', 'Medium', 45503, 45524],
      ['Grants and Commissioning', '5 & 6', 'Low', 45473, 45531],
      ['Counter Fraud Framework Review', '1', 'Low', 45290, 45531],
      ['Procurement under \u00a360K', '4', 'Medium', 45535, 45531],
    ]);
    expect(v[43][0]).toBe('No actions are overdue.');
    expect(written.getWorksheet('JAC Summary')!.getCell('A34').font).toMatchObject({ bold: true });

    expect(conditionalFormats(written.getWorksheet('Audit Actions')!).map((cf) => cf.ref)).toEqual(['A2:E8']);
    expect(written.getWorksheet('Audit Actions')!.getCell('C2').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });
  });
});

describe("jac-summary's terminal report on the sample", () => {
  it("prints the seed's tables with aligned columns and says the data has no problems", async () => {
    const run = fakeIo();
    expect(await main(DATES, run.io)).toBe(0);
    const lines = run.stdout().split('\n');
    const start = lines.indexOf('Actions signed off since the previous meeting (24/07/2024)');
    expect(lines.slice(start, start + 11)).toEqual([
      'Actions signed off since the previous meeting (24/07/2024)',
      '----------------------------------------------------------',
      'Audit Name                      Recommendation  Risk    Deadline    Signoff Date',
      '------------------------------  --------------  ------  ----------  ------------',
      'Firearms and Tasers             1               Medium  30/10/2024  14/08/2024',
      'Procurement under \u00a360K          1               Low     30/07/2024  20/08/2024',
      'Procurement under \u00a360K          3               Low     30/07/2024  20/08/2024',
      'Procurement under \u00a360K          6               Medium  30/07/2024  20/08/2024',
      'Grants and Commissioning        5 & 6           Low     30/06/2024  27/08/2024',
      'Counter Fraud Framework Review  1               Low     30/12/2023  27/08/2024',
      'Procurement under \u00a360K          4               Medium  31/08/2024  27/08/2024',
    ]);
    expect(lines).toContain('PFI/ Reporting to Home Office        Q2/3 TBC       Commissioned outside IA plan - planning');
    expect(run.stdout().endsWith('Findings\n--------\nNo problems found in the data.\n')).toBe(true);
  });
});

describe('jac-summary on the messy tracker', () => {
  it('reports every finding by cell in JSON, keeps exit code 0, and keeps "=cmd" as text in the summary', async () => {
    const run = fakeIo();
    expect(await main([MESSY, '--json', ...DATES, '--out', 'messy.xlsx'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.findings.map((f: { severity: string; rule: string; cell: string }) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([
      "error us-date 'Action Tracker'!D6",
      "error impossible-date 'Action Tracker'!D7",
      "error signoff-in-future 'Action Tracker'!F13",
      "warning unknown-risk 'Action Tracker'!C5",
      "warning missing-deadline 'Action Tracker'!D8",
      "warning duplicate-action 'Action Tracker'!A11",
      "warning final-without-opinion 'Plan 2024-25'!D5",
      "warning start-passed-not-started 'Plan 2024-25'!B8",
      "warning misspelt-status 'Plan 2024-25'!C10",
      "warning unknown-opinion 'Plan 2024-25'!D12",
    ]);
    expect(report.findings[3]).toEqual({
      severity: 'warning',
      rule: 'unknown-risk',
      cell: "'Action Tracker'!C5",
      message: 'The risk "Meduim" is not a risk grade the summary recognises, so the action is counted as "Not graded".',
      suggestion: 'Change it to "Medium".',
    });
    // The notice about the written file goes to stderr, so stdout stays one JSON object.
    expect(run.stderr()).toBe('Wrote messy.xlsx with the sheet "JAC Summary".\n');

    const copy = run.written.get('messy.xlsx')!;
    const written = await excelJsRead(copy);
    const summary = written.getWorksheet('JAC Summary')!;
    const texts: string[] = [];
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.startsWith('=')) texts.push(`${cell.address} ${cell.type}`);
      }),
    );
    expect(texts).toEqual(['A35 3']); // 3 = ExcelJS ValueType.String
    expect(written.getWorksheet('Action Tracker')!.getCell('A10').value).toBe("=cmd|' /C calc'!A0");
    expect(WorkbookFile.open(copy).cells().sheets[1].tables).toEqual([
      { name: 'ActionTracker', headerRow: 2, firstColumn: 0, lastColumn: 5, lastRow: 13 },
    ]);
    const original = new Uint8Array(await fs.readFile(MESSY));
    expect(changedParts(original, copy, [...WORKBOOK_LISTS, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])).toEqual([]);
    expect(WorkbookFile.open(copy).cells().sheets).toEqual(WorkbookFile.open(original).cells().sheets);
  });
});

describe('the installed command, as a real process', () => {
  function runBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      // From another directory, to prove the bundled sample is found from the package, not the current directory.
      execFile(process.execPath, [path.join(ROOT, 'bin/jac-summary.js'), ...args], { cwd: path.parse(ROOT).root }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      });
    });
  }

  it("node bin/jac-summary.js --json prints the sample's report and writes --out to disk", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jac-cli-'));
    const out = path.join(dir, 'with summary.xlsx');
    try {
      const result = await runBin(['--json', '--as-of', '2024-09-30', '--out', out]);
      expect(result.stderr).toBe(`Wrote ${out} with the sheet "JAC Summary".\n`);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout);
      expect([report.asOf, report.plan.rows.length, report.actions.rows.length]).toEqual(['2024-09-30', 16, 7]);
      const written = WorkbookFile.open(new Uint8Array(await fs.readFile(out)));
      expect(written.sheets.map((s) => s.name)).toEqual(['Audit Plan', 'Audit Actions', 'JAC Summary', 'JAC Data']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('a missing workbook gives exit code 2 and one line, no stack trace', async () => {
    const result = await runBin(['no-such-tracker.xlsx']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'jac-summary: The workbook no-such-tracker.xlsx was not found.\n' });
  }, 30_000);
});
