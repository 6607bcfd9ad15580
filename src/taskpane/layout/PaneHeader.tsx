import { Badge, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import type { FindingCounts } from '../state/selectors';
import { plural } from '../../core/wording';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

/** The pane's title and, once the workbook has been checked, how many problems it has. */
export function PaneHeader({ counts }: { counts: FindingCounts | null }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1">JAC audit tracker</Title3>
      {counts && (
        <div className={styles.counts} role="status" aria-label="Problems in the workbook">
          <Badge appearance="tint" color={counts.errors > 0 ? 'danger' : 'informative'} icon={<ErrorCircleRegular />}>
            {plural(counts.errors, 'error')}
          </Badge>
          <Badge appearance="tint" color={counts.warnings > 0 ? 'warning' : 'informative'} icon={<WarningRegular />}>
            {plural(counts.warnings, 'warning')}
          </Badge>
        </div>
      )}
    </header>
  );
}
