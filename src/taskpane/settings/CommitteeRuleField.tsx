import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';

export interface CommitteeRuleFieldProps {
  label: string;
  hint: string;
  /** The rule, or null for none. */
  value: number | null;
  onChange: (value: number | null) => void;
}

/** A whole number from 0 up, or empty for no rule; anything else is kept in the box and explained, not saved. */
export function CommitteeRuleField({ label, hint, value, onChange }: CommitteeRuleFieldProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [problem, setProblem] = useState<string | null>(null);
  // A value changed from outside (settings loaded from the workbook) replaces what the box shows, in the same render
  // rather than an effect's second one (React's "adjusting state when a prop changes").
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    setShownFor(value);
    if (ruleOf(text) !== value) setText(value === null ? '' : String(value));
  }
  const change = (typed: string) => {
    setText(typed);
    const rule = ruleOf(typed);
    if (rule === undefined) {
      setProblem('Type a whole number, such as 2, or leave it empty for no rule.');
      return;
    }
    setProblem(null);
    if (rule !== value) onChange(rule);
  };
  return (
    <Field label={label} hint={hint} validationState={problem ? 'error' : 'none'} validationMessage={problem ?? undefined}>
      <Input inputMode="numeric" value={text} onChange={(_, data) => change(data.value)} />
    </Field>
  );
}

/** null for empty, the number for a whole number from 0 up, undefined for anything else. */
function ruleOf(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : undefined;
}
