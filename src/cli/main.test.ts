import { main } from './main';
import { promises as fs } from 'fs';
import { FileHost } from '../file/FileHost';
import { excelJsBytes } from '@test/file/packageParts';
import { fakeIo, ROOT, SAMPLE } from '@test/cli/fakeIo';

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
    [
      ['--settings', 'bad.json'],
      'jac-summary: The settings file bad.json is not valid JSON: Unexpected token \'s\', "since: 2024" is not valid JSON\n',
    ],
    [
      ['--settings', 'typo.json'],
      'jac-summary: The settings file typo.json has an unknown setting "sinse"; known ones are since, asOf, plan, actions, dataValidation, checkWhileEditing, startWithWorkbook, mostRevisions, longestExtensionDays, vocabulary.\n',
    ],
    [['--settings', 'switch.json'], 'jac-summary: The settings file switch.json has "checkWhileEditing": "yes"; use true or false.\n'],
    [
      ['--settings', 'rule.json'],
      'jac-summary: The settings file rule.json has "longestExtensionDays": "6 months"; use a whole number such as 180, or null for no rule.\n',
    ],
    [['--record'], 'jac-summary: --record needs --out OUT.xlsx: the paper is recorded in the copy written there, never in the workbook read.\n'],
    [
      ['--since', '2024-10-01'],
      "jac-summary: The previous meeting (01/10/2024) is after the paper's date (30/09/2024): check --since and --as-of.\n",
    ],
    [[SAMPLE, '--out', SAMPLE], `jac-summary: --out ${SAMPLE} is the workbook being read: name a new file, so the original stays as it is.\n`],
  ])('%j exits 2 with one line on stderr', async (argv, message) => {
    const run = fakeIo({
      'plan.csv': 'Audit,Status\nInsurance,Complete\n',
      'bad.json': 'since: 2024',
      'typo.json': '{"sinse": "2024-07-24"}',
      'switch.json': '{"checkWhileEditing": "yes"}',
      'rule.json': '{"longestExtensionDays": "6 months"}',
    });
    expect(await main(argv, run.io)).toBe(2);
    expect(run.stderr()).toBe(message);
    expect(run.stdout()).toBe('');
  });

  it('exits 2 naming what was looked for when a workbook holds neither table, and writes nothing', async () => {
    const notes = await excelJsBytes((wb) => {
      wb.addWorksheet('Notes').getCell('A1').value = 'Nothing to see here';
    });
    const run = fakeIo({ 'notes.xlsx': notes });
    expect(await main(['notes.xlsx', '--out', 'notes-summary.xlsx'], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      'jac-summary: notes.xlsx: No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status). ' +
        'No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status. ' +
        'Nothing was written, so any previous summary stays. Name the sheet or table in a --settings file, such as {"actions": {"sheet": "Audit Actions"}}.\n',
    );
    expect(run.written.size).toBe(0);
  });

  it('exits 2 when a table the last refresh found has gone, so the previous summary is not replaced by a poorer one', async () => {
    const host = await FileHost.open(await fs.readFile(SAMPLE));
    await host.saveSettings({ since: null, asOf: null, dataValidation: true, checkWhileEditing: true });
    const refreshed = fakeIo({ 'tracker.xlsx': await host.save() });
    expect(await main(['tracker.xlsx', '--out', 'refreshed.xlsx', '--as-of', '2024-09-30'], refreshed.io)).toBe(0);
    // The actions sheet renamed so its headers no longer read as a tracker: found last time, gone now.
    const edited = await FileHost.open(refreshed.written.get('refreshed.xlsx')!);
    edited.editCell("'Audit Actions'!A1", 'Notes');
    edited.editCell("'Audit Actions'!B1", 'Comments');
    edited.editCell("'Audit Actions'!D1", 'Remarks');
    const run = fakeIo({ 'edited.xlsx': await edited.save() });
    expect(await main(['edited.xlsx', '--as-of', '2024-09-30'], run.io)).toBe(2);
    expect(run.stderr()).toContain('The last refresh found the actions table, so nothing was written and the previous summary stays.');
  });

  it.each([
    [
      'a workbook without macros to a .xlsm name',
      SAMPLE,
      'copy.xlsm',
      '--out copy.xlsm: the workbook holds no macros, so Excel opens the copy only as a .xlsx file: name it copy.xlsx.',
    ],
    [
      'any workbook to a name Excel does not open',
      SAMPLE,
      'copy.xls',
      '--out copy.xls: the workbook holds no macros, so Excel opens the copy only as a .xlsx file: name it copy.xlsx.',
    ],
  ])('refuses to write %s, in one line with exit code 2', async (_name, input, out, message) => {
    const run = fakeIo();
    expect(await main([input, '--out', out], run.io)).toBe(2);
    expect(run.stderr()).toBe(`jac-summary: ${message}\n`);
    expect(run.written.size).toBe(0);
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
    // Nothing recorded in the sample: no movement, and the movement block says how to get it.
    expect(report.movement).toBeNull();
    expect(report.summary.blocks.map((block: { id: string }) => block.id)).toEqual([
      'plan',
      'plan-at-a-glance',
      'signed-off-since',
      'overdue',
      'open-by-risk',
      'priority-by-rag',
      'revised-vs-overdue',
      'overdue-ageing',
      'implementation-rate',
      'movement',
      'narrative',
    ]);
  });

  it('says it recorded the paper in the --out copy when asked to', async () => {
    const run = fakeIo();
    expect(await main(['--as-of', '30/09/2024', '--out', 'recorded.xlsx', '--record'], run.io)).toBe(0);
    expect(run.stdout().endsWith('Wrote recorded.xlsx with the sheet "JAC Summary" and recorded the paper of 30/09/2024.\n')).toBe(true);
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

  it('lists actions beyond the committee’s rules from a settings file in the summary blocks of the JSON', async () => {
    const run = fakeIo({ 'rules.json': '{"since": "2024-07-24", "mostRevisions": 0, "longestExtensionDays": 30}' });
    expect(await main(['--json', '--settings', 'rules.json', '--as-of', '2024-09-30'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.summary.blocks.find((block: { id: string }) => block.id === 'committee-attention')).toMatchObject({
      rows: [],
      emptyText:
        "No open action goes beyond the committee's rules (at most 0 revisions of a deadline and extensions of at most 30 days past the original deadline) as at 30/09/2024.",
    });
  });

  it('uses the settings the add-in saved in the workbook when no file or flag says otherwise', async () => {
    const host = await FileHost.open(await fs.readFile(SAMPLE));
    await host.saveSettings({ since: '2024-08-21', asOf: '2024-09-30', dataValidation: true, checkWhileEditing: false });
    const run = fakeIo({ 'saved.xlsx': await host.save() });
    expect(await main(['saved.xlsx', '--json'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect([report.asOf, report.since, report.actions.signedOffSince.length]).toEqual(['2024-09-30', '2024-08-21', 3]);
  });
});
