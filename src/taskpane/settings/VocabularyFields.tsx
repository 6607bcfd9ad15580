import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { VocabularyEntry } from '../../core/types';
import { NEW_ENTRY, WORD_COLUMNS, withEntry, withoutEntry, wordColumn } from './vocabulary';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  dropdown: { minWidth: 0, maxWidth: '100%' },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

export interface VocabularyFieldsProps {
  vocabulary: readonly VocabularyEntry[] | undefined;
  onChange: (vocabulary: VocabularyEntry[] | undefined) => void;
}

/**
 * The organisation's own words: "Closed - verified" in the status column means implemented, "Gold" is a high
 * priority. Each is a word, the column it is used in, and what it means; every shell reads them from the settings.
 */
export function VocabularyFields({ vocabulary, onChange }: VocabularyFieldsProps) {
  const styles = useStyles();
  const headingId = useId();
  const list = vocabulary ?? [];
  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        Your own words
      </Subtitle2>
      <Caption1>
        Words your tables use that the add-in does not know, such as a status that means implemented. A word that is not known gets a finding, which
        names it.
      </Caption1>
      {list.map((entry, index) => {
        const column = wordColumn(entry) ?? WORD_COLUMNS[0];
        const meaning = column.meanings.find(([value]) => value === entry.means)?.[1] ?? '';
        const n = index + 1;
        return (
          <div className={styles.entry} key={index}>
            <Field label={`Word ${n}`}>
              <Input value={entry.word} onChange={(_, data) => onChange(withEntry(list, index, { word: data.value }))} />
            </Field>
            <Field label={`Column of word ${n}`}>
              <Dropdown
                className={styles.dropdown}
                value={column.label}
                selectedOptions={[column.key]}
                onOptionSelect={(_, data) => {
                  const chosen = WORD_COLUMNS.find((candidate) => candidate.key === data.optionValue);
                  if (chosen) onChange(withEntry(list, index, { table: chosen.table, field: chosen.field }));
                }}
              >
                {WORD_COLUMNS.map((candidate) => (
                  <Option key={candidate.key} value={candidate.key}>
                    {candidate.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={`Meaning of word ${n}`}>
              <Dropdown
                className={styles.dropdown}
                value={meaning}
                selectedOptions={[entry.means]}
                onOptionSelect={(_, data) => data.optionValue && onChange(withEntry(list, index, { means: data.optionValue }))}
              >
                {column.meanings.map(([value, label]) => (
                  <Option key={value} value={value}>
                    {label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <div className={styles.actions}>
              <Button appearance="subtle" onClick={() => onChange(withoutEntry(list, index))}>
                {entry.word.trim() ? `Remove "${entry.word.trim()}"` : `Remove word ${n}`}
              </Button>
            </div>
          </div>
        );
      })}
      <div>
        <Button onClick={() => onChange([...list, { ...NEW_ENTRY }])}>Add a word</Button>
      </div>
    </div>
  );
}
