import { parseArgs } from './parseArgs';

const defaults = { workbook: null, asOf: null, since: null, json: false, out: null, docx: null, record: false, settings: null, help: false };

describe('parseArgs', () => {
  it('reads a workbook and every option, dates in either form', () => {
    expect(
      parseArgs([
        'tracker.xlsx',
        '--as-of',
        '30/09/2024',
        '--since=2024-07-24',
        '--json',
        '--out',
        'out.xlsx',
        '--docx',
        'paper.docx',
        '--record',
        '--settings',
        's.json',
      ]),
    ).toEqual({
      ok: true,
      options: {
        workbook: 'tracker.xlsx',
        asOf: '2024-09-30',
        since: '2024-07-24',
        json: true,
        out: 'out.xlsx',
        docx: 'paper.docx',
        record: true,
        settings: 's.json',
        help: false,
      },
    });
  });

  it('needs nothing: no workbook means the bundled sample', () => {
    expect(parseArgs([])).toEqual({ ok: true, options: defaults });
    expect(parseArgs(['-h'])).toEqual({ ok: true, options: { ...defaults, help: true } });
  });

  it('takes a file named like an option after --', () => {
    expect(parseArgs(['--', '--odd name.xlsx'])).toEqual({ ok: true, options: { ...defaults, workbook: '--odd name.xlsx' } });
  });

  it.each([
    [['--as-of', '12/31/2024'], '--as-of 12/31/2024 is not a date: use YYYY-MM-DD or dd/mm/yyyy, e.g. 30/09/2024.'],
    [['--since', '30/02/2024'], '--since 30/02/2024 is not a date: use YYYY-MM-DD or dd/mm/yyyy, e.g. 30/09/2024.'],
    [['--as-of'], '--as-of needs a date (YYYY-MM-DD or dd/mm/yyyy).'],
    [['--as-of', '--json'], '--as-of needs a date (YYYY-MM-DD or dd/mm/yyyy).'],
    [['--out'], '--out needs a file name.'],
    [['--docx'], '--docx needs a file name.'],
    [['--verbose'], 'Unknown option --verbose. Run jac-summary --help to see the options.'],
    [['a.xlsx', 'b.xlsx'], 'Only one workbook can be read at a time, but both a.xlsx and b.xlsx were given.'],
    [['tracker.xlsx', '--record'], '--record needs --out OUT.xlsx: the paper is recorded in the copy written there, never in the workbook read.'],
    [
      ['--as-of', '2024-07-01', '--since', '2024-09-01'],
      "--since 01/09/2024 is after --as-of 01/07/2024: the previous meeting must come before the paper's date.",
    ],
  ])('rejects %j with one sentence', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });
});
