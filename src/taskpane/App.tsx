import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CommandOutcomeFeed } from '../commands/lastOutcome';
import type { IsoDate } from '../core/types';
import type { WorkbookHost } from '../host/WorkbookHost';
import { usePaneController } from './controller/usePaneController';
import { FindingsSection } from './findings/FindingsSection';
import { AtAGlance } from './glance/AtAGlance';
import { FirstRun } from './layout/FirstRun';
import { PaneHeader } from './layout/PaneHeader';
import { ErrorBar } from './messages/ErrorBar';
import { LimitationsBar } from './messages/LimitationsBar';
import { CopyForWord } from './paper/CopyForWord';
import { NotesBar } from './messages/NotesBar';
import { PapersSection } from './papers/PapersSection';
import { RefreshSection } from './refresh/RefreshSection';
import { SettingsSection } from './settings/SettingsSection';
import { countFindings, isFirstRun } from './state/selectors';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    // The task pane can be 320 px wide: nothing may force it wider.
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface AppProps {
  /** The workbook: Excel's host (src/excel) in Office, the in-page workbook in the preview, a fake in tests. */
  host: WorkbookHost;
  /** Pins "today" (ISO date); otherwise the local date each time it is needed. */
  today?: IsoDate;
  /** Quiet time after an edit before findings are re-checked (default 300 ms). */
  debounceMs?: number;
  /** The ribbon command's outcomes, in Excel (shared runtime): its errors show here as the pane's own would. */
  commandOutcomes?: CommandOutcomeFeed;
  /** While checking as you edit, read the workbook afresh after this long without a check (default 30 s; 0: never). */
  idleRecheckMs?: number;
}

/**
 * The task pane. Host-agnostic: everything it knows about the workbook comes through `host`, so the same component
 * runs in Excel and in the browser preview. Render it inside PaneProvider.
 */
export function App({ host, today, debounceMs, commandOutcomes, idleRecheckMs }: AppProps) {
  const styles = useStyles();
  const { state, controller } = usePaneController(host, { today, debounceMs, commandOutcomes, idleRecheckMs });
  return (
    <div className={styles.pane}>
      <PaneHeader counts={state.findings ? countFindings(state.findings) : null} />
      {state.error && <ErrorBar error={state.error} onFix={(fix) => void controller.fix(fix)} onDismiss={() => controller.dismissError()} />}
      {state.notes.length > 0 && <NotesBar notes={state.notes} onDismiss={() => controller.dismissNotes()} />}
      {state.limitations.length > 0 && <LimitationsBar limitations={state.limitations} />}
      {isFirstRun(state) && <FirstRun />}
      <RefreshSection
        status={state.refresh}
        disabled={state.starting}
        onRefresh={() => void controller.refresh()}
        onShowSummary={() => void controller.showSummary()}
      />
      {state.paper && <AtAGlance headline={state.paper.headline} />}
      {state.paper && <CopyForWord status={state.copy} onCopy={() => void controller.copyForWord()} onDismiss={() => controller.dismissCopy()} />}
      <FindingsSection findings={state.findings} onSelect={(address) => void controller.selectCell(address)} />
      <PapersSection
        papers={state.papers}
        disabled={state.starting || state.refresh.phase === 'running'}
        onRecord={() => void controller.recordPaper()}
      />
      <SettingsSection
        settings={state.settings}
        outline={state.outline}
        status={state.settingsStatus}
        onChange={(settings) => controller.editSettings(settings)}
        onSave={() => void controller.saveSettings()}
        tablesPanel={state.tablesPanel}
        onTablesToggle={(open) => controller.toggleTables(open)}
        startup={state.startup}
      />
      <Caption1>Working on: {host.kind}</Caption1>
    </div>
  );
}
