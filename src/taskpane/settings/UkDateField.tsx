import { Field } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useCallback, useId, useRef, useState } from 'react';
import { formatUkDate } from '../../core/ukDates';
import type { IsoDate } from '../../core/types';
import { isoToLocalDate, localDateToIso } from '../../host/localDate';
import { readUkDateInput } from './ukDateInput';

export interface UkDateFieldProps {
  label: string;
  hint: string;
  value: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
}

/** A Fluent date picker that shows and reads dd/mm/yyyy, and says why typed text was not taken as a date. */
export function UkDateField({ label, hint, value, onChange }: UkDateFieldProps) {
  const [problem, setProblem] = useState<string | null>(null);
  // The compat picker names its input itself; point the label at that id so it is a real <label for>.
  const inputId = useId();
  // The picker only reports "invalid input"; the parser leaves the reason here for the message.
  const rejection = useRef<string | null>(null);

  const parse = useCallback((text: string): Date | null => {
    const input = readUkDateInput(text);
    rejection.current = input.kind === 'rejected' ? input.message : null;
    return input.kind === 'date' ? isoToLocalDate(input.date) : null;
  }, []);

  const select = (date: Date | null | undefined) => {
    const iso = date ? localDateToIso(date) : null;
    if (iso !== value) onChange(iso);
  };

  return (
    <Field
      label={{ children: label, htmlFor: inputId }}
      hint={hint}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem ?? undefined}
    >
      <DatePicker
        id={inputId}
        allowTextInput
        // Typing comes first: a click in the box must not open the calendar, or the first key typed closes it and
        // commits the half-typed text. The calendar button, Alt+Down or Enter still open it.
        openOnClick={false}
        disableAutoFocus
        value={value ? isoToLocalDate(value) : null}
        formatDate={formatPickerDate}
        parseDateFromString={parse}
        onSelectDate={select}
        onValidationResult={({ error }) => setProblem(error === 'invalid-input' ? (rejection.current ?? 'Type the date as dd/mm/yyyy.') : null)}
        placeholder="dd/mm/yyyy"
        // DayOfWeek.Monday; the enum lives in a package this project does not depend on directly. UK weeks start on Monday.
        firstDayOfWeek={1}
      />
    </Field>
  );
}

function formatPickerDate(date?: Date): string {
  return date ? formatUkDate(localDateToIso(date)) : '';
}
