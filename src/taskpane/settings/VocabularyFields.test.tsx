import { screen } from '@testing-library/react';
import { useState } from 'react';
import type { VocabularyEntry } from '../../core/types';
import { renderWithProviders } from '@test/renderWithProviders';
import { VocabularyFields } from './VocabularyFields';

function Harness({ initial, changes }: { initial?: VocabularyEntry[]; changes: (VocabularyEntry[] | undefined)[] }) {
  const [vocabulary, setVocabulary] = useState(initial);
  return (
    <VocabularyFields
      vocabulary={vocabulary}
      onChange={(next) => {
        changes.push(next);
        setVocabulary(next);
      }}
    />
  );
}

describe('VocabularyFields', () => {
  it('adds a word that a tracker status means implemented, typed and chosen as a person would', async () => {
    const changes: (VocabularyEntry[] | undefined)[] = [];
    const { user } = renderWithProviders(<Harness changes={changes} />);
    await user.click(screen.getByRole('button', { name: 'Add a word' }));
    await user.type(screen.getByRole('textbox', { name: 'Word 1' }), 'Green');
    expect(screen.getByRole('combobox', { name: 'Column of word 1' })).toHaveTextContent('Action tracker: Status');
    await user.click(screen.getByRole('combobox', { name: 'Meaning of word 1' }));
    await user.click(screen.getByRole('option', { name: 'Closed without implementation' }));
    expect(changes.at(-1)).toEqual([{ table: 'actions', field: 'status', word: 'Green', means: 'closed-without-implementation' }]);
  });

  it('moves a word to the risk column, offering that column’s grades', async () => {
    const changes: (VocabularyEntry[] | undefined)[] = [];
    const { user } = renderWithProviders(
      <Harness initial={[{ table: 'actions', field: 'status', word: 'Amber', means: 'open' }]} changes={changes} />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Column of word 1' }));
    await user.click(screen.getByRole('option', { name: 'Action tracker: Risk' }));
    await user.click(screen.getByRole('combobox', { name: 'Meaning of word 1' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Critical', 'High', 'Medium', 'Low', 'Advisory']);
    await user.click(screen.getByRole('option', { name: 'Medium' }));
    expect(changes.at(-1)).toEqual([{ table: 'actions', field: 'risk', word: 'Amber', means: 'medium' }]);
  });

  it('removes a word by its name, leaving nothing to save when none are left', async () => {
    const changes: (VocabularyEntry[] | undefined)[] = [];
    const { user } = renderWithProviders(
      <Harness initial={[{ table: 'plan', field: 'status', word: 'With client', means: 'draft' }]} changes={changes} />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove "With client"' }));
    expect(changes).toEqual([undefined]);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
