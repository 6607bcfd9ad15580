import { Button, Field, Link, makeStyles, ProgressBar, Subtitle2, Text } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { RefreshStatus } from '../state/paneState';
import { REFRESH_STEP_LABELS, refreshProgress } from './refreshSteps';
import { SECTION_LAYOUT } from '../layout/sectionLayout';

const useStyles = makeStyles({
  section: { ...SECTION_LAYOUT, alignItems: 'flex-start' },
  progress: {
    alignSelf: 'stretch',
  },
});

export interface RefreshSectionProps {
  status: RefreshStatus;
  /** Settings are still loading: a refresh now would use the wrong dates. */
  disabled: boolean;
  onRefresh: () => void;
  onShowSummary: () => void;
}

/** The one button users come for, what it is doing while it works, and what it did. */
export function RefreshSection({ status, disabled, onRefresh, onShowSummary }: RefreshSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const running = status.phase === 'running';
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Summary
      </Subtitle2>
      <Button
        appearance="primary"
        icon={<ArrowSyncRegular />}
        // Focusable while busy, so a keyboard user's focus stays on the button they pressed.
        disabledFocusable={disabled || running}
        onClick={onRefresh}
      >
        Refresh summary
      </Button>
      <div className={styles.progress} role="status">
        {status.phase === 'running' && (
          <Field validationMessage={REFRESH_STEP_LABELS[status.step]} validationState="none">
            <ProgressBar value={refreshProgress(status.step)} aria-label="Refresh progress" />
          </Field>
        )}
        {status.phase === 'done' && <Text as="p">{status.message}</Text>}
      </div>
      {status.phase === 'done' && (
        <Link as="button" onClick={onShowSummary}>
          Show the summary sheet
        </Link>
      )}
    </section>
  );
}
