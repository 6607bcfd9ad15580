import { Caption1, List, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Finding } from '../../core/types';
import { groupFindings } from '../../core/findingGroups';
import { plural } from '../../core/wording';
import { FindingItem } from './FindingItem';
import { SECTION_LAYOUT } from '../layout/sectionLayout';

const useStyles = makeStyles({
  section: SECTION_LAYOUT,
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
  },
});

export interface FindingsSectionProps {
  /** Null until the workbook has been checked. */
  findings: Finding[] | null;
  onSelect: (address: string) => void;
}

/** The data problems, grouped by sheet with errors first; each one leads to its cell. */
export function FindingsSection({ findings, onSelect }: FindingsSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Findings
      </Subtitle2>
      {findings === null && <Text as="p">Checking the workbook…</Text>}
      {findings !== null && findings.length === 0 && <Text as="p">No problems found.</Text>}
      {findings !== null && findings.length > 0 && <Caption1>Select a finding to go to its cell.</Caption1>}
      {findings !== null &&
        groupFindings(findings).map((group) => (
          <FindingGroupView key={group.sheet} sheet={group.sheet} findings={group.findings} onSelect={onSelect} />
        ))}
    </section>
  );
}

function FindingGroupView({ sheet, findings, onSelect }: { sheet: string; findings: Finding[]; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <div className={styles.group}>
      <h3 className={styles.groupHeading} id={headingId}>
        {sheet} ({plural(findings.length, 'problem')})
      </h3>
      <List className={styles.list} navigationMode="items" aria-labelledby={headingId}>
        {findings.map((finding, index) => (
          <FindingItem key={`${finding.cell} ${finding.check} ${index}`} finding={finding} onSelect={onSelect} />
        ))}
      </List>
    </div>
  );
}
