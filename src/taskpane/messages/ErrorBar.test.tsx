import { screen } from '@testing-library/react';
import { renderWithProviders } from '@test/renderWithProviders';
import { ErrorBar } from './ErrorBar';
import { NotesBar } from './NotesBar';

describe('ErrorBar', () => {
  it('shows the message and the fix it was given, and hands back the fix chosen', async () => {
    const calls: string[] = [];
    const { user } = renderWithProviders(
      <ErrorBar
        error={{ operation: 'refresh', message: 'A cell is still being edited. Press Enter or Esc in Excel, then try again.', fixes: ['retry'] }}
        onFix={(fix) => calls.push(fix)}
        onDismiss={() => calls.push('dismiss')}
      />,
    );
    expect(screen.getByText('Refresh did not finish')).toBeInTheDocument();
    expect(screen.getByText('A cell is still being edited. Press Enter or Esc in Excel, then try again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss the message' }));
    expect(calls).toEqual(['retry', 'dismiss']);
  });

  it('offers nothing but dismissing when the user has to act first', () => {
    renderWithProviders(
      <ErrorBar error={{ operation: 'refresh', message: 'The sheet Actions is protected.', fixes: [] }} onFix={() => {}} onDismiss={() => {}} />,
    );
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent)).toEqual(['Dismiss the message']);
  });

  it.each([
    ['choose-tables', 'Choose the tables'],
    ['refresh', 'Refresh summary'],
    ['check-again', 'Check again'],
  ] as const)('labels the %s fix "%s"', async (fix, label) => {
    const calls: string[] = [];
    const { user } = renderWithProviders(
      <ErrorBar
        error={{ operation: 'show-summary', message: 'Something to fix.', fixes: [fix] }}
        onFix={(chosen) => calls.push(chosen)}
        onDismiss={() => {}}
      />,
    );
    await user.click(screen.getByRole('button', { name: label }));
    expect(calls).toEqual([fix]);
  });
});

describe('NotesBar', () => {
  it('says the summary was refreshed and lists what was left undone, as a warning that can be dismissed', async () => {
    const dismissed: string[] = [];
    const note = 'The sheet “Audit Actions” is protected, so its overdue highlighting and in-cell checks were left as they were.';
    const { user } = renderWithProviders(<NotesBar notes={[note]} onDismiss={() => dismissed.push('notes')} />);
    expect(screen.getByText('Summary refreshed, with something left undone')).toBeInTheDocument();
    expect(screen.getByText(note)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss the message' }));
    expect(dismissed).toEqual(['notes']);
  });
});
