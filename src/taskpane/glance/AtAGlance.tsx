/**
 * The pane's visual summary after a refresh: the figures a committee member looks at first, as large numbers with
 * words (overdue actions, those due soon, the plan delivered), then overdue actions by priority as bars.
 * Every figure is text, so nothing depends on colour or on seeing the bars: the bars are drawn beside the counts
 * they show and hidden from screen readers, which read the counts.
 */
import { Caption1, makeStyles, mergeClasses, ProgressBar, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, WarningRegular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { RefreshHeadline } from '../../core/refreshHeadline';
import { summaryValueText } from '../../core/summaryText';
import { DUE_SOON_WORDS } from '../../core/dueSoon';
import { pluralWord } from '../../core/wording';
import { SECTION_LAYOUT } from '../layout/sectionLayout';

const useStyles = makeStyles({
  section: SECTION_LAYOUT,
  figures: {
    display: 'grid',
    // Two side by side fit the 320 px pane with room for their words; the plan delivered takes a row of its own.
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    // A border of its own, so the figure's box still shows where forced colours replace backgrounds.
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  overdue: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  dueSoon: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  delivered: { borderLeftColor: tokens.colorBrandStroke1, gridColumn: '1 / -1' },
  number: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
  },
  label: { overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  bars: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  // The same three columns on every row, so the bars start and are measured from one line.
  barItem: {
    display: 'grid',
    gridTemplateColumns: '7.5em 1fr 3ch',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  priority: { overflowWrap: 'anywhere' },
  track: { height: '10px' },
  bar: {
    height: '100%',
    minWidth: '2px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorStatusDangerBackground3,
    // Shown as an outline in forced colours, where the background would disappear.
    border: '1px solid transparent',
    boxSizing: 'border-box',
  },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export interface AtAGlanceProps {
  headline: RefreshHeadline;
  /** Room for movement since the last recorded paper, shown below the figures. */
  movement?: ReactNode;
}

export function AtAGlance({ headline, movement }: AtAGlanceProps) {
  const styles = useStyles();
  const headingId = useId();
  const byPriorityId = useId();
  const largest = Math.max(1, ...headline.overdueByPriority.map((entry) => entry.count));
  const delivered = headline.delivered;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        At a glance
      </Subtitle2>
      <ul className={styles.figures}>
        {headline.tablesFound.actions && (
          <>
            <Figure
              className={styles.overdue}
              icon={<WarningRegular />}
              value={String(headline.overdue)}
              label={`${pluralWord(headline.overdue, 'action')} overdue`}
            />
            <Figure className={styles.dueSoon} icon={<ClockRegular />} value={String(headline.dueSoon)} label={DUE_SOON_WORDS} />
          </>
        )}
        {delivered && (
          <Figure
            className={styles.delivered}
            icon={<CheckmarkCircleRegular />}
            value={summaryValueText(delivered.share, 'percent')}
            label={`of the plan delivered (${delivered.finals} of ${delivered.of}${delivered.excludesCancelledOrDeferred ? ' still in the plan' : ''})`}
          >
            <ProgressBar value={delivered.share} thickness="large" aria-hidden />
          </Figure>
        )}
      </ul>
      {headline.tablesFound.actions && headline.overdue > 0 && (
        <>
          <h3 className={styles.subheading} id={byPriorityId}>
            Overdue by priority
          </h3>
          <ul className={styles.bars} aria-labelledby={byPriorityId}>
            {headline.overdueByPriority.map(({ priority, count }) => (
              <li key={priority} className={styles.barItem}>
                <Text className={styles.priority}>{priority}</Text>
                <div className={styles.track} aria-hidden>
                  <div className={styles.bar} style={{ width: `${(count / largest) * 100}%` }} />
                </div>
                <Text className={styles.count}>{count}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {headline.tablesFound.actions && headline.overdue === 0 && <Caption1>No actions are overdue.</Caption1>}
      {movement}
    </section>
  );
}

function Figure({
  className,
  icon,
  value,
  label,
  children,
}: {
  className: string;
  icon: ReactNode;
  value: string;
  label: string;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <li className={mergeClasses(styles.figure, className)}>
      <Text weight="semibold" className={styles.number}>
        <span aria-hidden style={{ display: 'inline-flex', fontSize: tokens.fontSizeBase500 }}>
          {icon}
        </span>
        {value}
      </Text>
      <Caption1 className={styles.label}>{label}</Caption1>
      {children}
    </li>
  );
}
