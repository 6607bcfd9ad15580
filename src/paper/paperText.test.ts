import type { SummaryModel } from '../core/types';
import { paperText } from './paperText';

const model: SummaryModel = {
  title: 'Joint Audit Committee: internal audit summary',
  asOf: '2024-10-31',
  since: '2024-07-24',
  blocks: [
    {
      kind: 'table',
      id: 'overdue',
      title: 'Overdue actions',
      columns: [
        { header: 'Audit Name', type: 'text', width: 20 },
        { header: 'Deadline', type: 'date', width: 12 },
        { header: 'Days overdue', type: 'number', width: 8 },
      ],
      rows: [
        ['Payroll\tand pensions', { date: '2024-09-30' }, 31],
        ['Scope agreed\nFieldwork in March', 'TBC', null],
      ],
      emptyText: 'No actions are overdue.',
    },
    {
      kind: 'table',
      id: 'open-by-risk',
      title: 'Open actions by risk',
      columns: [{ header: 'Risk', type: 'text', width: 8 }],
      rows: [],
      emptyText: 'There are no open actions.',
    },
    { kind: 'paragraph', id: 'narrative', title: 'Summary', text: '1 action is overdue.' },
  ],
};

describe('paperText', () => {
  it('gives each table row as one line of tab-separated cells, as Word’s Convert Text to Table and Excel read it', () => {
    expect(paperText(model)).toBe(
      [
        'Joint Audit Committee: internal audit summary',
        'As at 31/10/2024; previous meeting 24/07/2024',
        '',
        'Overdue actions',
        'Audit Name\tDeadline\tDays overdue',
        'Payroll and pensions\t30/09/2024\t31',
        'Scope agreed Fieldwork in March\tTBC\t',
        '',
        'Open actions by risk',
        'There are no open actions.',
        '',
        'Summary',
        '1 action is overdue.',
        '',
      ].join('\n'),
    );
  });
});
