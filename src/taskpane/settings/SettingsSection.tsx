import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  makeStyles,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useRef } from 'react';
import type { JacSettings, TableKind } from '../../core/types';
import type { StartupState } from '../../host/WorkbookHost';
import type { SettingsStatus, TablesPanel, WorkbookOutline } from '../state/paneState';
import { StartupField } from './StartupField';
import { CommitteeRuleField } from './CommitteeRuleField';
import { TableMappingFields } from './TableMappingFields';
import { UkDateField } from './UkDateField';
import { VocabularyFields } from './VocabularyFields';
import { SECTION_LAYOUT } from '../layout/sectionLayout';

const useStyles = makeStyles({
  section: { ...SECTION_LAYOUT, rowGap: tokens.spacingVerticalM },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  save: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

export interface SettingsSectionProps {
  settings: JacSettings;
  outline: WorkbookOutline | null;
  status: SettingsStatus;
  onChange: (settings: JacSettings) => void;
  onSave: () => void;
  /** Whether "Tables and columns" is open, and requests to move focus into it (from an error's "Choose the tables"). */
  tablesPanel: TablesPanel;
  onTablesToggle: (open: boolean) => void;
  /** Whether the add-in starts with the workbook now; null where the host cannot start with a workbook (no switch). */
  startup?: StartupState | null;
}

/** The tables the settings map, plan first, as the form lists them. */
const TABLE_KINDS: readonly TableKind[] = ['plan', 'actions'];

/** What the line beside Save says in each phase of the settings' lifecycle. */
const STATUS_TEXT: Record<SettingsStatus['phase'], string> = {
  clean: '',
  edited: 'Not saved yet',
  saving: 'Saving…',
  saved: 'Saved in this workbook',
};

/** Checking runs while the add-in does; whether it starts with the workbook is a separate choice (StartupField). */
const CHECK_WHILE_EDITING_HINT = 'Re-checks the tables as you type, while the add-in is running.';

/**
 * The paper's dates, which tables to read and the organisation's own words, the live-checking, start-up and
 * in-cell validation switches, and the committee's rules on revised deadlines; stored in the workbook.
 */
export function SettingsSection({ settings, outline, status, onChange, onSave, tablesPanel, onTablesToggle, startup = null }: SettingsSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const pickers = useRef<Record<TableKind, HTMLButtonElement | null>>({ plan: null, actions: null });
  // The picker still to be focused, as the controller chose it (the table that was not found).
  const pendingFocus = useRef<TableKind | null>(null);
  // The panel's content mounts a render after it opens (its collapse motion), so focus waits for the picker to exist.
  const focusPicker = useCallback(() => {
    const kind = pendingFocus.current;
    const picker = kind ? pickers.current[kind] : null;
    if (!picker) return;
    pendingFocus.current = null;
    picker.focus();
  }, []);
  const planPickerRef = useCallback(
    (element: HTMLButtonElement | null) => {
      pickers.current.plan = element;
      focusPicker();
    },
    [focusPicker],
  );
  const actionsPickerRef = useCallback(
    (element: HTMLButtonElement | null) => {
      pickers.current.actions = element;
      focusPicker();
    },
    [focusPicker],
  );
  const pickerRefs = { plan: planPickerRef, actions: actionsPickerRef };
  const { focusRequest, pickerToFocus } = tablesPanel;
  useEffect(() => {
    if (focusRequest === 0) return;
    pendingFocus.current = pickerToFocus;
    focusPicker();
  }, [focusRequest, pickerToFocus, focusPicker]);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Settings
      </Subtitle2>
      <UkDateField
        label="Previous meeting"
        hint="Actions signed off after this date are reported as signed off since the last meeting."
        value={settings.since}
        onChange={(since) => onChange({ ...settings, since })}
      />
      <UkDateField
        label="Paper date"
        hint="The date the paper is as of. Leave empty to use today."
        value={settings.asOf}
        onChange={(asOf) => onChange({ ...settings, asOf })}
      />
      <Field hint={CHECK_WHILE_EDITING_HINT}>
        <Switch
          label="Check the data as I edit"
          checked={settings.checkWhileEditing}
          onChange={(_, data) => onChange({ ...settings, checkWhileEditing: data.checked })}
        />
      </Field>
      {startup !== null && (
        <StartupField
          checked={settings.startWithWorkbook ?? false}
          startup={startup}
          onChange={(startWithWorkbook) => onChange({ ...settings, startWithWorkbook })}
        />
      )}
      <Switch
        label="Add data validation to the tables (in-cell lists and date checks)"
        checked={settings.dataValidation}
        onChange={(_, data) => onChange({ ...settings, dataValidation: data.checked })}
      />
      <CommitteeRuleField
        label="Most revisions of a deadline the committee accepts"
        hint="Open actions revised more often are listed for the committee's attention. Leave empty for no rule."
        value={settings.mostRevisions ?? null}
        onChange={(rule) => onChange(withRule(settings, 'mostRevisions', rule))}
      />
      <CommitteeRuleField
        label="Longest extension the committee accepts (days)"
        hint="Open actions put back further past their original deadline are listed for its attention, e.g. 180 for about six months."
        value={settings.longestExtensionDays ?? null}
        onChange={(rule) => onChange(withRule(settings, 'longestExtensionDays', rule))}
      />
      <Accordion collapsible openItems={tablesPanel.open ? ['tables'] : []} onToggle={(_, data) => onTablesToggle(data.openItems.includes('tables'))}>
        <AccordionItem value="tables">
          <AccordionHeader>Tables and columns</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {TABLE_KINDS.map((kind) => (
              <TableMappingFields
                key={kind}
                kind={kind}
                mapping={settings[kind]}
                outline={outline}
                onChange={(mapping) => onChange(withMapping(settings, kind, mapping))}
                tablePickerRef={pickerRefs[kind]}
              />
            ))}
            <VocabularyFields vocabulary={settings.vocabulary} onChange={(vocabulary) => onChange(withVocabulary(settings, vocabulary))} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.save}>
        <Button onClick={onSave} disabledFocusable={status.phase === 'saving'}>
          Save settings
        </Button>
        <Caption1 role="status">{STATUS_TEXT[status.phase]}</Caption1>
      </div>
    </section>
  );
}

/** Settings with the user's words replaced; none removes the key so nothing empty is stored. */
function withVocabulary(settings: JacSettings, vocabulary: JacSettings['vocabulary']): JacSettings {
  const next = { ...settings };
  if (vocabulary) next.vocabulary = vocabulary;
  else delete next.vocabulary;
  return next;
}

/** Settings with one table's mapping replaced; "detect" removes the key so nothing empty is stored. */
function withMapping(settings: JacSettings, kind: 'plan' | 'actions', mapping: JacSettings['plan']): JacSettings {
  const next = { ...settings };
  if (mapping) next[kind] = mapping;
  else delete next[kind];
  return next;
}

/** Settings with one committee rule set, or removed when empty, so no rule is stored as nothing. */
function withRule(settings: JacSettings, key: 'mostRevisions' | 'longestExtensionDays', rule: number | null): JacSettings {
  const next = { ...settings };
  if (rule === null) delete next[key];
  else next[key] = rule;
  return next;
}
