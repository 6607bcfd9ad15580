import { screen } from '@testing-library/react';
import { useState } from 'react';
import type { IsoDate } from '../../core/types';
import { renderWithProviders } from '@test/renderWithProviders';
import { UkDateField } from './UkDateField';

function Harness({ initial, changes }: { initial: IsoDate | null; changes: (IsoDate | null)[] }) {
  const [value, setValue] = useState(initial);
  return (
    <UkDateField
      label="Paper date"
      hint="The date the paper is as of."
      value={value}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
    />
  );
}

describe('UkDateField', () => {
  it('shows a stored date as dd/mm/yyyy', () => {
    renderWithProviders(<Harness initial="2024-07-24" changes={[]} />);
    expect(screen.getByLabelText('Paper date')).toHaveValue('24/07/2024');
  });

  it('accepts a typed UK date', async () => {
    const changes: (IsoDate | null)[] = [];
    const { user } = renderWithProviders(<Harness initial={null} changes={changes} />);
    const input = screen.getByLabelText('Paper date');
    await user.type(input, '31/12/2024');
    await user.tab();
    expect(changes).toEqual(['2024-12-31']);
    expect(input).toHaveValue('31/12/2024');
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('rejects a US-style date with a message saying what to type', async () => {
    const changes: (IsoDate | null)[] = [];
    const { user } = renderWithProviders(<Harness initial={null} changes={changes} />);
    const input = screen.getByLabelText('Paper date');
    await user.type(input, '12/31/2024');
    await user.tab();
    expect(changes).toEqual([]);
    expect(screen.getByText('12/31/2024 puts the month first. Type the day first, as dd/mm/yyyy: 31/12/2024.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});
