import { act, screen, waitFor, within } from '@testing-library/react';
import { makeSeedWorkbook, SEED_ACTIONS_SHEET } from '@test/fixtures/seedTables';
import { renderWithProviders } from '@test/renderWithProviders';
import { FakeWorkbookHost } from '@test/taskpane/FakeWorkbookHost';
import { runRefreshCommand } from '../../commands/commands';
import { commandOutcomes } from '../../commands/lastOutcome';
import type { RefreshHeadline } from '../../core/refreshHeadline';
import { App } from '../App';
import { AtAGlance } from './AtAGlance';

const TODAY = '2024-09-30';

/** A tracker graded on Mazars' scale, as Leicestershire's paper prints one provider's actions. */
const MAZARS: RefreshHeadline = {
  tablesFound: { plan: true, actions: true },
  actions: 40,
  open: 12,
  overdue: 6,
  overdueByPriority: [
    { priority: 'Fundamental', count: 1 },
    { priority: 'Significant', count: 4 },
    { priority: 'Housekeeping', count: 1 },
  ],
  dueSoon: 2,
  audits: 18,
  delivered: { share: 0.75, finals: 12, of: 16, excludesCancelledOrDeferred: true },
};

const glance = () => screen.getByRole('region', { name: 'At a glance' });
const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('At a glance', () => {
  it('shows the headline figures as numbers with words, and overdue actions by the tracker’s own priority words', () => {
    renderWithProviders(<AtAGlance headline={MAZARS} />);
    const [figures, byPriority] = within(glance()).getAllByRole('list');
    expect(items(figures)).toEqual(['6actions overdue', '2due within 30 days', '75%of the plan delivered (12 of 16 still in the plan)']);
    expect(byPriority).toHaveAccessibleName('Overdue by priority');
    expect(items(byPriority)).toEqual(['Fundamental1', 'Significant4', 'Housekeeping1']);
  });

  it('draws each priority’s bar in proportion to its count, hidden from screen readers, which read the counts', () => {
    renderWithProviders(<AtAGlance headline={MAZARS} />);
    const byPriority = within(glance()).getByRole('list', { name: 'Overdue by priority' });
    const bars = [...byPriority.querySelectorAll('[aria-hidden="true"] > div')] as HTMLElement[];
    expect(bars.map((bar) => bar.style.width)).toEqual(['25%', '100%', '25%']);
  });

  it('says no actions are overdue rather than drawing empty bars, and leaves out what a one-table workbook lacks', () => {
    const actionsOnly: RefreshHeadline = {
      ...MAZARS,
      overdue: 0,
      overdueByPriority: [],
      tablesFound: { plan: false, actions: true },
      audits: 0,
      delivered: null,
    };
    renderWithProviders(<AtAGlance headline={actionsOnly} />);
    expect(items(within(glance()).getByRole('list'))).toEqual(['0actions overdue', '2due within 30 days']);
    expect(within(glance()).getByText('No actions are overdue.')).toBeInTheDocument();

    const planOnly: RefreshHeadline = { ...MAZARS, overdue: 0, overdueByPriority: [], dueSoon: 0, tablesFound: { plan: true, actions: false } };
    renderWithProviders(<AtAGlance headline={planOnly} />);
    const regions = screen.getAllByRole('region', { name: 'At a glance' });
    expect(items(within(regions[1]).getByRole('list'))).toEqual(['75%of the plan delivered (12 of 16 still in the plan)']);
    expect(within(regions[1]).queryByText('No actions are overdue.')).not.toBeInTheDocument();
  });

  it('keeps room below the figures for movement since the last recorded paper', () => {
    renderWithProviders(<AtAGlance headline={MAZARS} movement={<p>Overdue actions fell from 9 to 6.</p>} />);
    expect(within(glance()).getByText('Overdue actions fell from 9 to 6.')).toBeInTheDocument();
  });
});

describe('At a glance in the pane', () => {
  async function started(host: FakeWorkbookHost) {
    await within(screen.getByRole('region', { name: 'Findings' })).findByText('No problems found.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh summary' })).not.toHaveAttribute('aria-disabled', 'true'));
    return host;
  }

  it('appears after a refresh with the figures of the summary just written', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { user } = renderWithProviders(<App host={host} today={TODAY} debounceMs={10} />);
    await started(host);
    expect(screen.queryByRole('region', { name: 'At a glance' })).not.toBeInTheDocument();
    // Three Procurement actions, due 30/07/2024, not signed off after all.
    for (const row of [2, 3, 4]) host.edit(SEED_ACTIONS_SHEET, row, 4, '');
    await user.click(screen.getByRole('button', { name: 'Refresh summary' }));
    await screen.findByText('16 audits, 7 actions: 3 overdue, 4 signed off since 24/07/2024');
    const [figures, byPriority] = within(glance()).getAllByRole('list');
    expect(items(figures)).toEqual(['3actions overdue', '0due within 30 days', '13%of the plan delivered (2 of 16)']);
    expect(items(byPriority)).toEqual(['Medium1', 'Low2']);
  });

  it('appears after a refresh from the ribbon too, which shares the pane’s runtime in Excel', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    renderWithProviders(<App host={host} today={TODAY} commandOutcomes={commandOutcomes} />);
    await started(host);
    await act(() => runRefreshCommand({ host: () => host, today: () => TODAY, showPane: async () => {} }));
    expect(items(within(await screen.findByRole('region', { name: 'At a glance' })).getAllByRole('list')[0])).toEqual([
      '0actions overdue',
      '0due within 30 days',
      '13%of the plan delivered (2 of 16)',
    ]);
    expect(screen.getByRole('button', { name: 'Copy for Word' })).toBeInTheDocument();
  });
});
