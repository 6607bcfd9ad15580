import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { formatUkDate } from '../../core/ukDates';
import type { PapersState } from '../state/paneState';
import { SECTION_LAYOUT } from '../layout/sectionLayout';

const useStyles = makeStyles({
  section: { ...SECTION_LAYOUT, alignItems: 'flex-start' },
  // Headings and paragraphs sit on the section's own spacing, not the browser's margins.
  flush: {
    margin: 0,
  },
  table: {
    // The pane can be 320 px wide: the table fits it rather than pushing it wider.
    width: '100%',
    tableLayout: 'auto',
  },
});

export interface PapersSectionProps {
  papers: PapersState;
  /** Settings are still loading, or a refresh is running. */
  disabled: boolean;
  onRecord: () => void;
}

/**
 * "Record this paper", what the last refresh found moved since the last recorded paper, and the papers recorded in
 * this workbook. Recording keeps the paper in the workbook itself, so it travels with the file.
 */
export function PapersSection({ papers, disabled, onRecord }: PapersSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const { recorded, movement, lastRecording, recording } = papers;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Papers
      </Subtitle2>
      {movement !== null && (
        <>
          <Body1Strong as="h3" className={styles.flush}>
            Movement since the last paper
          </Body1Strong>
          <Text as="p" className={styles.flush}>
            {movement}
          </Text>
        </>
      )}
      <Button icon={<HistoryRegular />} disabledFocusable={disabled} onClick={onRecord}>
        Record this paper
      </Button>
      <Caption1>Refreshes the summary and keeps this paper in the workbook, so the next paper shows what moved since.</Caption1>
      <Text as="p" role="status" className={styles.flush}>
        {recording ? 'Recording the paper…' : (lastRecording ?? '')}
      </Text>
      {recorded !== null && recorded.length === 0 && <Caption1>No papers are recorded in this workbook yet.</Caption1>}
      {recorded !== null && recorded.length > 0 && (
        <Table size="small" aria-label="Recorded papers" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Paper</TableHeaderCell>
              <TableHeaderCell>Previous meeting</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...recorded].reverse().map((paper) => (
              <TableRow key={paper.date}>
                <TableCell>{formatUkDate(paper.date)}</TableCell>
                <TableCell>{paper.since ? formatUkDate(paper.since) : 'Not set'}</TableCell>
                <TableCell>{paper.figures}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
