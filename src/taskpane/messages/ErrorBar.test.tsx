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
      />,
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
