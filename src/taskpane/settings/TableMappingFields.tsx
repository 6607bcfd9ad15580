import { Caption1, Dropdown, Field, makeStyles, Option, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, type Ref } from 'react';
import type { TableKind, TableMapping } from '../../core/types';
import type { DetectedTable, WorkbookOutline } from '../state/paneState';
import type { ActionField, PlanField } from '../../core/types';
import {
  ACTION_FIELDS,
  AUTOMATIC,
  fieldLabel,
  fieldSpec,
  PLAN_FIELDS,
  TABLE_LABELS,
  tableChoiceKey,
  withColumnChoice,
  withTableChoice,
} from './mapping';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  dropdown: { minWidth: 0, maxWidth: '100%' },
});

export interface TableMappingFieldsProps {
  kind: TableKind;
  mapping: TableMapping | undefined;
  outline: WorkbookOutline | null;
  onChange: (mapping: TableMapping | undefined) => void;
  /** The table picker, for the settings to move focus to when a table could not be found. */
  tablePickerRef?: Ref<HTMLButtonElement>;
}

/** Which table holds the plan (or the actions) and which column holds each field, with what was detected shown. */
export function TableMappingFields({ kind, mapping, outline, onChange, tablePickerRef }: TableMappingFieldsProps) {
  const styles = useStyles();
  const headingId = useId();
  const detected: DetectedTable<string> | null = outline?.[kind] ?? null;
  const fields: readonly string[] = kind === 'plan' ? PLAN_FIELDS : ACTION_FIELDS;
  const tableOptions = tableChoices(outline);
  const tableKey = tableChoiceKey(mapping);

  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {TABLE_LABELS[kind]}
      </Subtitle2>
      <Field label={kind === 'plan' ? 'Plan table' : 'Actions table'} hint={describeDetected(detected)}>
        <Dropdown
          className={styles.dropdown}
          button={{ ref: tablePickerRef }}
          value={optionText(tableOptions, tableKey)}
          selectedOptions={[tableKey]}
          onOptionSelect={(_, data) => onChange(withTableChoice(data.optionValue ?? AUTOMATIC))}
        >
          {tableOptions.map((option) => (
            <Option key={option.value} value={option.value}>
              {option.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {fields.map((field) => {
        const chosen = mapping?.columns?.[field as keyof NonNullable<TableMapping['columns']>] ?? AUTOMATIC;
        // A field that repeats (revised deadlines) names every column found, in order.
        const found = detected?.repeatedHeaders?.[field]?.join(', ') ?? detected?.table.headers[field];
        const headers = detected?.headerTexts ?? [];
        const choices = chosen !== AUTOMATIC && !headers.includes(chosen) ? [...headers, chosen] : headers;
        const automaticText = found ? `Detected: ${found}` : 'Detect automatically';
        const spec = fieldSpec(kind, field);
        return (
          <Field
            key={field}
            label={`${fieldLabel(kind, field)} column`}
            // The dropdown already names the detected header; say something only when there is none.
            hint={found ? undefined : `Not found in the table: choose its header if the table has this column. ${spec?.hint ?? ''}`.trim()}
          >
            <Dropdown
              className={styles.dropdown}
              value={chosen === AUTOMATIC ? automaticText : chosen}
              selectedOptions={[chosen]}
              onOptionSelect={(_, data) => onChange(withColumnChoice(mapping, field as PlanField | ActionField, data.optionValue ?? AUTOMATIC))}
            >
              <Option value={AUTOMATIC}>{automaticText}</Option>
              {choices.map((header) => (
                <Option key={header} value={header}>
                  {header}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {!detected && <Caption1>Choose the table above, or check its header row.</Caption1>}
    </div>
  );
}

interface Choice {
  value: string;
  text: string;
}

function tableChoices(outline: WorkbookOutline | null): Choice[] {
  const choices: Choice[] = [{ value: AUTOMATIC, text: 'Detect automatically' }];
  for (const table of outline?.tables ?? []) {
    choices.push({ value: `table:${table.name}`, text: `Table ${table.name} (sheet ${table.sheet})` });
  }
  for (const sheet of outline?.sheets ?? []) {
    choices.push({ value: `sheet:${sheet}`, text: `Sheet ${sheet}` });
  }
  return choices;
}

function optionText(choices: Choice[], value: string): string {
  return choices.find((choice) => choice.value === value)?.text ?? value.replace(/^(table|sheet):/, '');
}

function describeDetected(detected: DetectedTable<string> | null): string {
  if (!detected) return 'Not found yet';
  const { table } = detected;
  const where = table.tableName ? `table ${table.tableName} on sheet ${table.sheet}` : `sheet ${table.sheet}`;
  return `Using ${where}, header in row ${table.headerRow + 1}`;
}
