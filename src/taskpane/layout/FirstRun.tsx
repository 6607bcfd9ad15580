import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { DUE_SOON_WORDS } from '../../core/dueSoon';

const useStyles = makeStyles({
  intro: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

/** Shown until the first refresh: what the add-in is for and what the button will do to the workbook. */
export function FirstRun() {
  const styles = useStyles();
  return (
    <section className={styles.intro} aria-label="About this add-in">
      <Text as="p">
        This add-in turns the internal audit plan and the audit action tracker in this workbook into the tables of a Joint Audit Committee paper, and
        checks the data for problems while you edit.
      </Text>
      <Text as="p">
        <Text weight="semibold">Refresh summary</Text> reads both tables, checks them, writes the committee&apos;s tables to the JAC Summary sheet and
        marks overdue actions in red and those {DUE_SOON_WORDS} in amber. It never changes your own cells.
      </Text>
    </section>
  );
}
