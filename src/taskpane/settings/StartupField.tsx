import { Field, Switch } from '@fluentui/react-components';
import type { StartupState } from '../../host/WorkbookHost';

/** What choosing it costs, said beside the switch: the file is circulated to people who do not have the add-in. */
export const STARTUP_HINT =
  'Keeps checking your edits with the pane closed. Anyone who opens this file without the add-in, such as the committee’s independent members, will then see an error message when it opens. Applied when you select Save settings.';

/** What Excel says the workbook does now, whatever the switch shows. */
export const STARTUP_NOW: Record<StartupState, string> = {
  'with-workbook': 'Now: this workbook starts the add-in whenever it opens.',
  'on-demand': 'Now: the add-in starts only when someone opens the Audit tracker pane or selects Refresh JAC summary.',
  unknown: 'Excel cannot say whether this workbook starts the add-in; saving applies your choice.',
};

export interface StartupFieldProps {
  checked: boolean;
  /** The workbook's start-up behaviour as Excel reports it. */
  startup: StartupState;
  onChange: (startWithWorkbook: boolean) => void;
}

/** The explicit choice to start the add-in with the workbook, its consequence, and what the workbook does now. */
export function StartupField({ checked, startup, onChange }: StartupFieldProps) {
  return (
    <Field hint={STARTUP_HINT} validationMessage={STARTUP_NOW[startup]} validationState="none">
      <Switch label="Start the add-in whenever this workbook opens" checked={checked} onChange={(_, data) => onChange(data.checked)} />
    </Field>
  );
}
