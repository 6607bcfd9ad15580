import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Operation, PaneError, PaneFix } from '../state/paneState';

const TITLES: Record<Operation, string> = {
  start: 'Could not open the add-in',
  check: 'Could not check the workbook',
  listen: 'Could not change checking as you edit',
  refresh: 'Refresh did not finish',
  'save-settings': 'Settings not saved',
  'select-cell': 'Could not go to the cell',
  'show-summary': 'Could not show the summary',
};

const FIX_LABELS: Record<PaneFix, string> = {
  'choose-tables': 'Choose the tables',
  refresh: 'Refresh summary',
  'check-again': 'Check again',
  retry: 'Try again',
};

export interface ErrorBarProps {
  error: PaneError;
  /** Does one of the fixes the controller chose for this failure. */
  onFix: (fix: PaneFix) => void;
  onDismiss: () => void;
}

/** A failure, in the host's own words, with the fixes the controller offers for it, each a button. */
export function ErrorBar({ error, onFix, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{TITLES[error.operation]}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Dismiss the message" icon={<DismissRegular />} onClick={onDismiss} />}
      >
        {error.fixes.map((fix) => (
          <Button key={fix} onClick={() => onFix(fix)}>
            {FIX_LABELS[fix]}
          </Button>
        ))}
      </MessageBarActions>
    </MessageBar>
  );
}
