import { screen } from '@testing-library/react';
import { renderWithProviders } from '@test/renderWithProviders';
import { RefreshSection } from './RefreshSection';

describe('RefreshSection', () => {
  it('shows the current step with a progress bar while refreshing, and keeps the button from starting another', async () => {
    const clicks: string[] = [];
    const { user } = renderWithProviders(
      <RefreshSection
        status={{ phase: 'running', step: 'checking', previous: null }}
        disabled={false}
        onRefresh={() => clicks.push('refresh')}
        onShowSummary={() => {}}
      />,
    );
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('Checking the data')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refresh summary' }));
    expect(clicks).toEqual([]);
  });

  it('shows what the refresh did and a link to the summary sheet', async () => {
    const shown: string[] = [];
    const { user } = renderWithProviders(
      <RefreshSection
        status={{ phase: 'done', message: '16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024' }}
        disabled={false}
        onRefresh={() => {}}
        onShowSummary={() => shown.push('summary')}
      />,
    );
    expect(screen.getByText('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the summary sheet' }));
    expect(shown).toEqual(['summary']);
  });
});
