import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { promises as fs } from 'fs';
import { loadWorkbook, saveWorkbook } from '../../src/file/loadWorkbook';
import { writeSavedSettings } from '../../src/file/settingsSheet';
import { fakeIo, ROOT, SAMPLE } from './fakeIo';

describe('jac-summary exit codes and one-line errors', () => {
  it('prints the help and exits 0', async () => {
    const run = fakeIo();
    expect(await main(['--help'], run.io)).toBe(0);
    expect(run.stdout().startsWith('Usage: jac-summary [WORKBOOK.xlsx] [options]\n')).toBe(true);
  });

  it.each([
    [['--as-of', '31/02/2024'], 'jac-summary: --as-of 31/02/2024 is not a date: use YYYY-MM-DD or dd/mm/yyyy, e.g. 30/09/2024.\n'],
    [['--colour'], 'jac-summary: Unknown option --colour. Run jac-summary --help to see the options.\n'],
    [['missing.xlsx'], 'jac-summary: The workbook missing.xlsx was not found.\n'],
    [[ROOT], `jac-summary: The workbook ${ROOT} is a folder, not a file.\n`],
    [
      ['plan.csv'],
      'jac-summary: plan.csv: This file is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.\n',
    ],
    [['--settings', 'bad.json'], 'jac-summary: The settings file bad.json is not valid JSON: Unexpected token \'s\', "since: 2024" is not valid JSON\n'],
    [['--settings', 'typo.json'], 'jac-summary: The settings file typo.json has an unknown setting "sinse"; known ones are since, asOf, plan, actions, dataValidation, checkWhileEditing, vocabulary.\n'],
    [['--settings', 'switch.json'], 'jac-summary: The settings file switch.json has "checkWhileEditing": "yes"; use true or false.\n'],
    [['--since', '2024-10-01'], "jac-summary: The previous meeting (01/10/2024) is after the paper's date (30/09/2024): check --since and --as-of.\n"],
    [[SAMPLE, '--out', SAMPLE], `jac-summary: --out ${SAMPLE} is the workbook being read: name a new file, so the original stays as it is.\n`],
  ])('%j exits 2 with one line on stderr', async (argv, message) => {
    const run = fakeIo({ 'plan.csv': 'Audit,Status\nInsurance,Complete\n', 'bad.json': 'since: 2024', 'typo.json': '{"sinse": "2024-07-24"}', 'switch.json': '{"checkWhileEditing": "yes"}' });
    expect(await main(argv, run.io)).toBe(2);
    expect(run.stderr()).toBe(message);
    expect(run.stdout()).toBe('');
  });

  it('exits 2 naming what was looked for when a workbook holds neither table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').getCell('A1').value = 'Nothing to see here';
    const run = fakeIo({ 'notes.xlsx': await saveWorkbook(wb) });
    expect(await main(['notes.xlsx'], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      'jac-summary: notes.xlsx: No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status. ' +
        'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status).\n',
    );
  });

  it('reports its own failure as an internal error in one line with exit code 1, no stack trace', async () => {
    const run = fakeIo();
    run.io.stdout = () => {
      throw new Error('write EPIPE');
    };
    expect(await main(['--as-of', '2024-09-30'], run.io)).toBe(1);
    expect(run.stderr()).toBe('jac-summary: internal error: write EPIPE (set JAC_DEBUG=1 for details)\n');
  });
});

describe('jac-summary on the bundled sample', () => {
  it('uses the sample when no workbook is named and prints JSON with the fixed fields', async () => {
    const run = fakeIo();
    expect(await main(['--json', '--as-of', '30/09/2024', '--since', '2024-07-24'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.asOf).toBe('2024-09-30');
    expect(report.since).toBe('2024-07-24');
    expect(report.plan.rows).toHaveLength(16);
    expect(report.plan.rows[0]).toEqual({
      cell: "'Audit Plan'!A4",
      audit: 'Budget Setting and Control',
      plannedStart: 'Complete',
      status: 'Finalised- Substantial assurance',
      stage: 'final',
      opinion: 'Substantial',
    });
    expect(report.actions.rows).toHaveLength(7);
    expect(report.actions.signedOffSince.map((r: { cell: string }) => r.cell)).toEqual([
      "'Audit Actions'!A2",
      "'Audit Actions'!A3",
      "'Audit Actions'!A4",
      "'Audit Actions'!A5",
      "'Audit Actions'!A6",
      "'Audit Actions'!A7",
      "'Audit Actions'!A8",
    ]);
    expect(report.actions.overdue).toEqual([]);
    expect(report.actions.rows[0]).toEqual({
      cell: "'Audit Actions'!A2",
      audit: 'Firearms and Tasers',
      recommendation: '1',
      risk: 'Medium',
      deadline: '2024-10-30',
      signoff: '2024-08-14',
      overdue: false,
      daysOverdue: 0,
      ref: null,
      owner: null,
      status: null,
      disposition: 'implemented',
      originalDeadline: '2024-10-30',
      revisions: 0,
      response: null,
    });
    expect(report.tablesFound).toEqual({ plan: true, actions: true });
  });
});

describe('jac-summary settings', () => {
  it('takes the previous meeting from a settings file, and flags win over it', async () => {
    const run = fakeIo({ 'jac.json': '{"since": "2024-08-21", "actions": {"sheet": "Audit Actions"}}' });
    expect(await main(['--json', '--settings', 'jac.json', '--as-of', '2024-09-30'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect([report.since, report.actions.signedOffSince.length]).toEqual(['2024-08-21', 3]);

    const flags = fakeIo({ 'jac.json': '{"since": "2024-08-21"}' });
    expect(await main(['--json', '--settings', 'jac.json', '--since', '2024-07-24'], flags.io)).toBe(0);
    expect(JSON.parse(flags.stdout()).actions.signedOffSince).toHaveLength(7);
  });

  it('uses the settings the add-in saved in the workbook when no file or flag says otherwise', async () => {
    const wb = await loadWorkbook(new Uint8Array(await fs.readFile(SAMPLE)));
    writeSavedSettings(wb, { since: '2024-08-21', asOf: '2024-09-30', dataValidation: true, checkWhileEditing: false });
    const run = fakeIo({ 'saved.xlsx': await saveWorkbook(wb) });
    expect(await main(['saved.xlsx', '--json'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect([report.asOf, report.since, report.actions.signedOffSince.length]).toEqual(['2024-09-30', '2024-08-21', 3]);
  });
});
