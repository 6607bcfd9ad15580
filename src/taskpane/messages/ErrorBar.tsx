import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Operation, PaneError } from '../state/paneState';

const TITLES: Record<Operation, string> = {
  start: 'Could not open the add-in',
  check: 'Could not check the workbook',
  listen: 'Could not change checking as you edit',
  refresh: 'Refresh did not finish',
  'save-settings': 'Settings not saved',
  'select-cell': 'Could not go to the cell',
  'show-summary': 'Could not show the summary',
};

export interface ErrorBarProps {
  error: PaneError;
  onRetry: () => void;
  onDismiss: () => void;
  /** Opens the settings' table pickers; offered when a table could not be found. */
  onChooseTables: () => void;
}

/**
 * A failure, in the host's own words, with "Try again" when the host said trying again can help, and "Choose the
 * tables" when a table could not be found, since choosing it is what fixes that.
 */
export function ErrorBar({ error, onRetry, onDismiss, onChooseTables }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{TITLES[error.operation]}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss the message" icon={<DismissRegular />} onClick={onDismiss} />
        }
      >
        {error.code === 'table-not-found' && <Button onClick={onChooseTables}>Choose the tables</Button>}
        {error.retryable && <Button onClick={onRetry}>Try again</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
