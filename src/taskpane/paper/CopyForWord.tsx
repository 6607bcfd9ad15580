/**
 * Copy for Word: in Excel a task pane cannot reliably save a file, so the committee paper's tables and narrative go
 * onto the clipboard for the user to paste into their paper. What happened is said in a MessageBar: copied; or
 * the clipboard was refused and the summary is selected for Ctrl+C instead; or neither worked and why.
 */
import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2 } from '@fluentui/react-components';
import { CopyRegular, DismissRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { CopyStatus } from '../state/paneState';
import { SECTION_LAYOUT } from '../layout/sectionLayout';

const useStyles = makeStyles({
  section: { ...SECTION_LAYOUT, alignItems: 'flex-start' },
  message: { alignSelf: 'stretch' },
});

export interface CopyForWordProps {
  status: CopyStatus;
  onCopy: () => void;
  onDismiss: () => void;
}

export function CopyForWord({ status, onCopy, onDismiss }: CopyForWordProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Committee paper
      </Subtitle2>
      <Caption1>Copies the summary’s tables and narrative, ready to paste into your paper in Word.</Caption1>
      <Button icon={<CopyRegular />} disabledFocusable={status.phase === 'copying'} onClick={onCopy}>
        Copy for Word
      </Button>
      {/* Polite, so the outcome is read out without taking the focus from the button. */}
      <div className={styles.message} role="status" aria-live="polite">
        {status.phase !== 'idle' && status.phase !== 'copying' && <CopyMessage status={status} onDismiss={onDismiss} />}
      </div>
    </section>
  );
}

function CopyMessage({ status, onDismiss }: { status: Exclude<CopyStatus, { phase: 'idle' | 'copying' }>; onDismiss: () => void }) {
  const [intent, title, text] =
    status.phase === 'copied'
      ? (['success', 'Copied for Word', 'Paste it into your paper with Ctrl+V: the tables keep their grid and bold headings.'] as const)
      : status.phase === 'selected'
        ? ([
            'warning',
            'Press Ctrl+C to copy',
            `This window did not let the add-in use the clipboard, so the summary is selected on the “${status.sheet}” sheet instead. Press Ctrl+C, then paste into Word with Ctrl+V.`,
          ] as const)
        : (['error', 'Not copied', `The clipboard was refused and the summary could not be selected: ${status.message}`] as const);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Dismiss the message" icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
