import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ErrorBar } from './ErrorBar';

describe('ErrorBar', () => {
  it('shows the message and offers to try again when trying again can help', async () => {
    const calls: string[] = [];
    const { user } = renderWithProviders(
      <ErrorBar
        error={{ operation: 'refresh', message: 'A cell is still being edited. Press Enter or Esc in Excel, then try again.', retryable: true }}
        onRetry={() => calls.push('retry')}
        onDismiss={() => calls.push('dismiss')}
        onChooseTables={() => calls.push('choose')}
      />,
    );
    expect(screen.getByText('Refresh did not finish')).toBeInTheDocument();
    expect(screen.getByText('A cell is still being edited. Press Enter or Esc in Excel, then try again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss the message' }));
    expect(calls).toEqual(['retry', 'dismiss']);
  });

  it('offers no retry when the user has to act first', () => {
    renderWithProviders(
      <ErrorBar
        error={{ operation: 'refresh', message: 'The sheet Actions is protected.', retryable: false }}
        onRetry={() => {}}
        onDismiss={() => {}}
        onChooseTables={() => {}}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose the tables' })).not.toBeInTheDocument();
  });

  it('offers to choose the tables when a table could not be found', async () => {
    const calls: string[] = [];
    const { user } = renderWithProviders(
      <ErrorBar
        error={{
          operation: 'refresh',
          code: 'table-not-found',
          message: 'No actions table found. Choose the table under Settings > Tables and columns.',
          retryable: false,
        }}
        onRetry={() => calls.push('retry')}
        onDismiss={() => calls.push('dismiss')}
        onChooseTables={() => calls.push('choose')}
      />,
    );
    expect(screen.getByText('No actions table found. Choose the table under Settings > Tables and columns.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose the tables' }));
    expect(calls).toEqual(['choose']);
  });
});
