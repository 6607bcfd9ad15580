import { Caption1, ListItem, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import type { Finding } from '../../core/types';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    // Addresses and sheet names can be long; wrap rather than widen a 320 px pane.
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  icon: {
    gridRow: '1 / span 3',
    fontSize: tokens.fontSizeBase500,
    paddingTop: tokens.spacingVerticalXXS,
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  text: { gridColumn: '2' },
  suggestion: { gridColumn: '2', color: tokens.colorNeutralForeground2 },
});

/** One finding: where, what is wrong, what would fix it. Activating it (click, Enter, Space) goes to the cell. */
export function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const isError = finding.severity === 'error';
  const Icon = isError ? ErrorCircleRegular : WarningRegular;
  return (
    <ListItem className={styles.item} onAction={() => onSelect(finding.cell)}>
      <Icon className={mergeClasses(styles.icon, isError ? styles.error : styles.warning)} aria-hidden />
      <Text className={styles.text} weight="semibold">
        {finding.cell}
        <span className={isError ? styles.error : styles.warning}>{isError ? ' · Error' : ' · Warning'}</span>
      </Text>
      <Text className={styles.text}>{finding.message}</Text>
      {finding.suggestion && <Caption1 className={styles.suggestion}>{finding.suggestion}</Caption1>}
    </ListItem>
  );
}
