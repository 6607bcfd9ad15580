import * as engine from '../../core/analyseWorkbook';
import { generateWorkbook } from '@test/fixtures/generateWorkbook';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { HostError } from '../../host/WorkbookHost';
import { FakeWorkbookHost } from '@test/taskpane/FakeWorkbookHost';
import { PaneController } from './PaneController';

const TODAY = '2024-09-30';

// The controller's waits (the quiet time after an edit, the quiet spell before a fresh read) run on Jest's clock:
// each test moves it on as far as it needs, with the promises due by then settled in between.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function passTime(ms: number): Promise<void> {
  return jest.advanceTimersByTimeAsync(ms);
}

async function startedController(host: FakeWorkbookHost) {
  const controller = new PaneController(host, { today: () => TODAY, debounceMs: 50 });
  await controller.start();
  return { controller };
}

describe('PaneController live checking', () => {
  it('patches a burst of edits into the workbook it already read and checks once after the last one', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    expect(host.reads).toBe(1);
    let checksAfterStart = 0;
    let last = controller.getState().findings;
    controller.subscribe(() => {
      if (controller.getState().findings !== last) {
        last = controller.getState().findings;
        checksAfterStart += 1;
      }
    });
    for (const text of ['3', '30', '30/', '30/02/2024']) host.edit('Audit Actions', 3, 3, text);
    await passTime(200);
    expect(host.reads).toBe(1);
    expect(checksAfterStart).toBe(1);
    expect(controller.getState().findings?.map((finding) => [finding.cell, finding.check])).toEqual([["'Audit Actions'!D4", 'impossible-date']]);
    controller.dispose();
  });

  it('uses the workbook a refresh read for later edits', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    await controller.refresh();
    expect(host.reads).toBe(2);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    await passTime(200);
    expect(host.reads).toBe(2);
    expect(controller.getState().findings?.map((finding) => [finding.cell, finding.check])).toEqual([["'Audit Actions'!C3", 'unknown-risk']]);
    controller.dispose();
  });

  it('drops a check still waiting when it is disposed', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    const before = controller.getState();
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    controller.dispose();
    await passTime(200);
    expect(host.listenerCount).toBe(0);
    expect(controller.getState()).toBe(before);
  });
});

describe('PaneController: re-checking only the edited rows', () => {
  afterEach(() => jest.restoreAllMocks());

  it('updates the findings after a deadline edit in 20,000 actions without running the whole engine again', async () => {
    // Clean as of TODAY (see generateWorkbook), so the findings are exactly what the edits cause.
    const host = new FakeWorkbookHost(generateWorkbook({ audits: 300, actions: 20_000, seed: 1 }), { since: '2024-07-24' });
    const wholeRuns = jest.spyOn(engine, 'analyseWorkbook');
    const { controller } = await startedController(host);
    expect(wholeRuns).toHaveBeenCalledTimes(1);
    expect(controller.getState().findings).toEqual([]);

    host.edit('Audit Actions', 12_345, 3, '30/02/2024');
    await passTime(200);
    expect(controller.getState().findings).toEqual([
      {
        severity: 'error',
        check: 'impossible-date',
        cell: "'Audit Actions'!D12346",
        sheet: 'Audit Actions',
        row: 12_345,
        column: 3,
        message: 'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
        suggestion: 'Enter the intended date as dd/mm/yyyy.',
      },
    ]);
    host.edit('Audit Actions', 12_345, 3, '28/02/2024');
    await passTime(200);
    expect(controller.getState().findings).toEqual([]);
    expect(wholeRuns).toHaveBeenCalledTimes(1);
    expect(host.reads).toBe(1);
    controller.dispose();
  });

  it('runs the whole engine when an edit could change the tables, such as a header', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const wholeRuns = jest.spyOn(engine, 'analyseWorkbook');
    const { controller } = await startedController(host);
    host.edit('Audit Actions', 0, 2, 'Notes');
    await passTime(200);
    expect(wholeRuns).toHaveBeenCalledTimes(2);
    // No risk column any more: the table's finding says so once (a missing grade is a warning, not one per row).
    expect(controller.getState().findings?.map((finding) => [finding.cell, finding.check])).toEqual([["'Audit Actions'!A1", 'missing-column']]);
    controller.dispose();
  });
});

function cellsAndRules(controller: PaneController) {
  return controller.getState().findings?.map((finding) => [finding.cell, finding.check]);
}

describe('PaneController: "Check the data as I edit"', () => {
  it('does not listen for edits when the stored settings turned checking off, but still checks once', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24', checkWhileEditing: false });
    const { controller } = await startedController(host);
    expect(host.listenerCount).toBe(0);
    expect(host.reads).toBe(1);
    expect(cellsAndRules(controller)).toEqual([]);
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    await passTime(200);
    expect(cellsAndRules(controller)).toEqual([]);
    controller.dispose();
  });

  it('listens when settings saved before the switch existed are loaded', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24', asOf: null, dataValidation: false });
    const { controller } = await startedController(host);
    expect(host.listenerCount).toBe(1);
    controller.dispose();
  });

  it('unsubscribes when the switch is turned off and ignores later edits', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    expect(host.listenerCount).toBe(1);
    controller.editSettings({ ...controller.getState().settings, checkWhileEditing: false });
    await passTime(100);
    expect(host.listenerCount).toBe(0);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    await passTime(200);
    expect(cellsAndRules(controller)).toEqual([]);
    controller.dispose();
  });

  it('subscribes again when turned back on, reading the workbook afresh so edits made while off are checked', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24', checkWhileEditing: false });
    const { controller } = await startedController(host);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    controller.editSettings({ ...controller.getState().settings, checkWhileEditing: true });
    await passTime(200);
    expect(host.listenerCount).toBe(1);
    expect(host.reads).toBe(2);
    expect(cellsAndRules(controller)).toEqual([["'Audit Actions'!C3", 'unknown-risk']]);
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    await passTime(200);
    expect(host.reads).toBe(2);
    expect(cellsAndRules(controller)).toEqual([
      ["'Audit Actions'!D4", 'impossible-date'],
      ["'Audit Actions'!C3", 'unknown-risk'],
    ]);
    controller.dispose();
  });

  it('ends subscribed once whatever order a quick off, on, off, on arrives in', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    const settings = controller.getState().settings;
    for (const checkWhileEditing of [false, true, false, true]) controller.editSettings({ ...settings, checkWhileEditing });
    await passTime(100);
    expect(host.listenerCount).toBe(1);
    controller.dispose();
    expect(host.listenerCount).toBe(0);
  });

  it('says so when unsubscribing fails, ignores edits meanwhile, and unsubscribes on Try again', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    host.failNextUnsubscribe(new HostError('busy', 'Excel is busy. Wait a moment, then try again.', true));
    controller.editSettings({ ...controller.getState().settings, checkWhileEditing: false });
    await passTime(100);
    expect(controller.getState().error).toEqual({
      operation: 'listen',
      message: 'Excel is busy. Wait a moment, then try again.',
      code: 'busy',
      fixes: ['retry'],
    });
    expect(host.listenerCount).toBe(1);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    await passTime(200);
    expect(cellsAndRules(controller)).toEqual([]);
    await controller.retry();
    expect(host.listenerCount).toBe(0);
    expect(controller.getState().error).toBeNull();
    controller.dispose();
  });
});

describe('PaneController: limitations after saving', () => {
  it('shows what the host cannot do once a save has found out, as Excel refusing to change its start-up does', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    expect(controller.getState().limitations).toEqual([]);
    host.limitationTexts = ['Excel did not let the add-in start with this workbook.'];
    await controller.saveSettings();
    expect(controller.getState().limitations).toEqual(['Excel did not let the add-in start with this workbook.']);
    controller.dispose();
  });

  it('does not ask again when a refresh saves changed settings, as that never touches the start-up', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    controller.editSettings({ ...controller.getState().settings, checkWhileEditing: false });
    host.limitationTexts = ['Something new.'];
    await controller.refresh();
    expect(host.saved.map((settings) => settings.checkWhileEditing)).toEqual([false]);
    expect(controller.getState().limitations).toEqual([]);
    controller.dispose();
  });

  it('keeps the sentences it had, with no error, when asking again fails after a good save', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' }, ['Old Excel.']);
    const { controller } = await startedController(host);
    host.failNext('limitations', new Error('lost'));
    await controller.saveSettings();
    expect([controller.getState().limitations, controller.getState().error, controller.getState().settingsStatus]).toEqual([
      ['Old Excel.'],
      null,
      { phase: 'saved' },
    ]);
    controller.dispose();
  });
});

describe('PaneController: settings on a workbook that has none yet', () => {
  it('saves the default settings with the first refresh, so the next person and the ribbon get the same paper', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), null);
    const { controller } = await startedController(host);
    await controller.refresh();
    expect(host.saved).toEqual([{ since: null, asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false }]);
    await controller.refresh();
    expect(host.saved).toHaveLength(1);
    controller.dispose();
  });

  it('does not save again on refresh when the workbook already holds the settings shown', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    await controller.refresh();
    expect(host.saved).toEqual([]);
    controller.dispose();
  });
});

describe('PaneController: edits that move cells, and edits Excel never reports', () => {
  it('forgets the kept cells when rows are inserted or deleted, and reads the workbook afresh rather than patching', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    expect(host.reads).toBe(1);
    host.silentEdit('Audit Actions', 3, 3, '30/02/2024');
    host.invalidate('moved');
    await passTime(200);
    expect(host.reads).toBe(2);
    expect(cellsAndRules(controller)).toEqual([["'Audit Actions'!D4", 'impossible-date']]);
    controller.dispose();
  });

  it('forgets the kept cells when a read fails, so the next check reads afresh', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    host.invalidate('unreadable');
    host.failNext('readWorkbook', new HostError('busy', 'Excel is busy. Wait a moment, then try again.', true));
    await passTime(200);
    host.silentEdit('Audit Actions', 3, 3, '30/02/2024');
    host.edit('Audit Actions', 2, 2, 'High');
    await passTime(200);
    expect(host.reads).toBe(2);
    expect(cellsAndRules(controller)).toEqual([["'Audit Actions'!D4", 'impossible-date']]);
    controller.dispose();
  });

  it('catches a dropdown choice that raised no event when the pane is next focused', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    host.silentEdit('Audit Actions', 2, 2, 'Hgih');
    await passTime(100);
    expect(cellsAndRules(controller)).toEqual([]);
    controller.paneFocused();
    await passTime(200);
    expect(cellsAndRules(controller)).toEqual([["'Audit Actions'!C3", 'unknown-risk']]);
    controller.dispose();
  });

  it('catches it after a quiet spell even without focus, but only while checking as the user edits', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const controller = new PaneController(host, { today: () => TODAY, debounceMs: 50, idleRecheckMs: 150 });
    const quiet = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24', checkWhileEditing: false });
    const notListening = new PaneController(quiet, { today: () => TODAY, debounceMs: 50, idleRecheckMs: 150 });
    try {
      await controller.start();
      host.silentEdit('Audit Actions', 2, 2, 'Hgih');
      await passTime(400);
      expect(cellsAndRules(controller)).toEqual([["'Audit Actions'!C3", 'unknown-risk']]);
      await notListening.start();
      await passTime(400);
      expect(quiet.reads).toBe(1);
    } finally {
      // The quiet-spell re-check repeats while listening: stop it, pass or fail.
      controller.dispose();
      notListening.dispose();
    }
  });
});

describe('PaneController: what a refresh could not do, and errors with their fixes', () => {
  it('shows the host’s notes after a written refresh, and drops them when the next refresh starts', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    host.writeNotes = ['The sheet “Audit Actions” is protected, so its overdue highlighting and in-cell checks were left as they were.'];
    const { controller } = await startedController(host);
    await controller.refresh();
    expect([controller.getState().notes, controller.getState().error]).toEqual([host.writeNotes, null]);
    host.writeNotes = [];
    await controller.refresh();
    expect(controller.getState().notes).toEqual([]);
    controller.dispose();
  });

  it('offers to check again when a finding’s sheet has gone, and doing so reads the workbook afresh', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    host.failNext('selectCell', new HostError('sheet-not-found', 'The sheet “Audit Actions” is not in this workbook any more.'));
    await controller.selectCell("'Audit Actions'!D4");
    expect(controller.getState().error?.fixes).toEqual(['check-again']);
    await controller.fix('check-again');
    expect([controller.getState().error, host.reads]).toEqual([null, 2]);
    controller.dispose();
  });

  it('offers to refresh when there is no summary to show, and the fix refreshes', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    host.failNext('showSummary', new HostError('summary-not-found', 'There is no “JAC Summary” sheet yet. Refresh the summary to create it.'));
    await controller.showSummary();
    expect(controller.getState().error?.fixes).toEqual(['refresh']);
    await controller.fix('refresh');
    expect([controller.getState().error, host.written.length]).toEqual([null, 1]);
    controller.dispose();
  });
});

describe('PaneController: starting with the workbook is the user’s explicit choice', () => {
  it('shows the workbook’s start-up behaviour, and leaves it alone on the first refresh’s save of the defaults', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), null).offerStartup('on-demand');
    const { controller } = await startedController(host);
    expect(controller.getState().startup).toBe('on-demand');
    await controller.refresh();
    expect([host.saved.map((settings) => settings.startWithWorkbook), host.startupAsked]).toEqual([[false], []]);
    controller.dispose();
  });

  it('does not start with the workbook because checking as the user edits is on', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24', checkWhileEditing: true }).offerStartup('on-demand');
    const { controller } = await startedController(host);
    await controller.saveSettings();
    expect(host.startupAsked).toEqual([]);
    controller.dispose();
  });

  it('applies the choice when the user saves it, and only then', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' }).offerStartup('on-demand');
    const { controller } = await startedController(host);
    controller.editSettings({ ...controller.getState().settings, startWithWorkbook: true });
    await controller.refresh();
    // The refresh saved the other settings but not the start-up choice, which stays unsaved.
    expect([host.saved.map((settings) => settings.startWithWorkbook), host.startupAsked, controller.getState().settingsStatus]).toEqual([
      [false],
      [],
      { phase: 'edited' },
    ]);
    await controller.saveSettings();
    expect([host.saved.map((settings) => settings.startWithWorkbook), host.startupAsked]).toEqual([[false, true], [true]]);
    expect([controller.getState().startup, controller.getState().settingsStatus]).toEqual(['with-workbook', { phase: 'saved' }]);
    controller.dispose();
  });

  it('turns off a start-up an earlier version set as a side effect, when the user saves with the switch off', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' }).offerStartup('with-workbook');
    const { controller } = await startedController(host);
    expect(controller.getState().settings.startWithWorkbook).toBe(false);
    await controller.saveSettings();
    expect([host.startupAsked, controller.getState().startup]).toEqual([[false], 'on-demand']);
    controller.dispose();
  });
});
