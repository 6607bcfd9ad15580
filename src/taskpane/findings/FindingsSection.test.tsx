import { screen, within } from '@testing-library/react';
import type { Finding } from '../../core/types';
import { renderWithProviders } from '@test/renderWithProviders';
import { FindingsSection } from './FindingsSection';

const planWarning: Finding = {
  severity: 'warning',
  check: 'start-passed-not-started',
  cell: 'Plan!B9',
  sheet: 'Plan',
  row: 8,
  column: 1,
  message: 'Insurance was planned to start on 12/02/2025 but its status says it has not started.',
  suggestion: 'Update the status or the planned start.',
};
const actionsWarning: Finding = {
  severity: 'warning',
  check: 'unknown-risk',
  cell: 'Actions!C3',
  sheet: 'Actions',
  row: 2,
  column: 2,
  message: 'The risk "Meduim" is not one of High, Medium, Low.',
  suggestion: 'Did you mean Medium?',
};
const actionsError: Finding = {
  severity: 'error',
  check: 'impossible-date',
  cell: 'Actions!D4',
  sheet: 'Actions',
  row: 3,
  column: 3,
  message: 'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
  suggestion: null,
};

describe('FindingsSection', () => {
  it('lists findings grouped by sheet, errors first, each with its cell, message and suggestion', () => {
    renderWithProviders(<FindingsSection findings={[planWarning, actionsWarning, actionsError]} onSelect={() => {}} />);
    const region = screen.getByRole('region', { name: 'Findings' });
    const lists = within(region).getAllByRole('list');
    expect(
      lists.map((list) => list.getAttribute('aria-labelledby') && document.getElementById(list.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual(['Actions (2 problems)', 'Plan (1 problem)']);
    const actionItems = within(lists[0]).getAllByRole('listitem');
    expect(actionItems.map((item) => item.textContent)).toEqual([
      'Actions!D4 · ErrorThe deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
      'Actions!C3 · WarningThe risk "Meduim" is not one of High, Medium, Low.Did you mean Medium?',
    ]);
  });

  it('says so when the workbook has no problems', () => {
    renderWithProviders(<FindingsSection findings={[]} onSelect={() => {}} />);
    expect(within(screen.getByRole('region', { name: 'Findings' })).getByText('No problems found.')).toBeInTheDocument();
  });

  it('goes to the cell on click, Enter and Space', async () => {
    const selected: string[] = [];
    const { user } = renderWithProviders(<FindingsSection findings={[actionsError, planWarning]} onSelect={(address) => selected.push(address)} />);
    const [errorItem, warningItem] = screen.getAllByRole('listitem');
    await user.click(errorItem);
    warningItem.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(selected).toEqual(['Actions!D4', 'Plan!B9', 'Plan!B9']);
  });
});
