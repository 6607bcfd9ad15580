import * as engine from '../../core/analyseWorkbook';
import { generateWorkbook } from '../../../test/fixtures/generateWorkbook';
import { makeSeedWorkbook } from '../../../test/fixtures/seedTables';
import { HostError } from '../../host/WorkbookHost';
import { FakeWorkbookHost } from '../../../test/taskpane/FakeWorkbookHost';
import { PaneController } from './PaneController';

const TODAY = '2024-09-30';

function wait(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function startedController(host: FakeWorkbookHost) {
  const controller = new PaneController(host, { today: () => TODAY, debounceMs: 50 });
  await controller.start();
  return { controller };
}

describe('PaneController live validation', () => {
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
    await wait(200);
    expect(host.reads).toBe(1);
    expect(checksAfterStart).toBe(1);
    expect(controller.getState().findings?.map((finding) => [finding.cell, finding.rule])).toEqual([
      ["'Audit Actions'!D4", 'impossible-date'],
    ]);
    controller.dispose();
  });

  it('uses the workbook a refresh read for later edits', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    await controller.refresh();
    expect(host.reads).toBe(2);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    await wait(200);
    expect(host.reads).toBe(2);
    expect(controller.getState().findings?.map((finding) => [finding.cell, finding.rule])).toEqual([
      ["'Audit Actions'!C3", 'unknown-risk'],
    ]);
    controller.dispose();
  });

  it('drops a check still waiting when it is disposed', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    const before = controller.getState();
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    controller.dispose();
    await wait(200);
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
    await wait(200);
    expect(controller.getState().findings).toEqual([
      {
        severity: 'error',
        rule: 'impossible-date',
        cell: "'Audit Actions'!D12346",
        sheet: 'Audit Actions',
        row: 12_345,
        column: 3,
        message: 'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
        suggestion: 'Enter the intended date as dd/mm/yyyy.',
      },
    ]);
    host.edit('Audit Actions', 12_345, 3, '28/02/2024');
    await wait(200);
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
    await wait(200);
    expect(wholeRuns).toHaveBeenCalledTimes(2);
    // No risk column any more: the table's finding says so once (a missing grade is a warning, not one per row).
    expect(controller.getState().findings?.map((finding) => [finding.cell, finding.rule])).toEqual([
      ["'Audit Actions'!A1", 'missing-column'],
    ]);
    controller.dispose();
  });
});

describe('PaneController: "Check the data as I edit"', () => {
  function cellsAndRules(controller: PaneController) {
    return controller.getState().findings?.map((finding) => [finding.cell, finding.rule]);
  }

  it('does not listen for edits when the stored settings turned checking off, but still checks once', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24', checkWhileEditing: false });
    const { controller } = await startedController(host);
    expect(host.listenerCount).toBe(0);
    expect(host.reads).toBe(1);
    expect(cellsAndRules(controller)).toEqual([]);
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    await wait(200);
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
    await wait(100);
    expect(host.listenerCount).toBe(0);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    await wait(200);
    expect(cellsAndRules(controller)).toEqual([]);
    controller.dispose();
  });

  it('subscribes again when turned back on, reading the workbook afresh so edits made while off are checked', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24', checkWhileEditing: false });
    const { controller } = await startedController(host);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    controller.editSettings({ ...controller.getState().settings, checkWhileEditing: true });
    await wait(200);
    expect(host.listenerCount).toBe(1);
    expect(host.reads).toBe(2);
    expect(cellsAndRules(controller)).toEqual([["'Audit Actions'!C3", 'unknown-risk']]);
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    await wait(200);
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
    await wait(100);
    expect(host.listenerCount).toBe(1);
    controller.dispose();
    expect(host.listenerCount).toBe(0);
  });

  it('says so when unsubscribing fails, ignores edits meanwhile, and unsubscribes on Try again', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    host.failNextUnsubscribe(new HostError('busy', 'Excel is busy. Wait a moment, then try again.', true));
    controller.editSettings({ ...controller.getState().settings, checkWhileEditing: false });
    await wait(100);
    expect(controller.getState().error).toEqual({ operation: 'listen', message: 'Excel is busy. Wait a moment, then try again.', retryable: true, code: 'busy' });
    expect(host.listenerCount).toBe(1);
    host.edit('Audit Actions', 2, 2, 'Hgih');
    await wait(200);
    expect(cellsAndRules(controller)).toEqual([]);
    await controller.retry();
    expect(host.listenerCount).toBe(0);
    expect(controller.getState().error).toBeNull();
    controller.dispose();
  });
});

describe('PaneController: limitations after saving', () => {
  it('shows what the host cannot do once a save has found out, as Excel refusing to start with the workbook does', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    expect(controller.getState().limitations).toEqual([]);
    host.limitationTexts = ['Excel did not let the add-in start with this workbook.'];
    await controller.saveSettings();
    expect(controller.getState().limitations).toEqual(['Excel did not let the add-in start with this workbook.']);
    controller.dispose();
  });

  it('asks again when a refresh saves changed settings first', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    const { controller } = await startedController(host);
    controller.editSettings({ ...controller.getState().settings, checkWhileEditing: false });
    host.limitationTexts = ['No start with the workbook here.'];
    await controller.refresh();
    expect(host.saved.map((settings) => settings.checkWhileEditing)).toEqual([false]);
    expect(controller.getState().limitations).toEqual(['No start with the workbook here.']);
    controller.dispose();
  });

  it('keeps the sentences it had, with no error, when asking again fails after a good save', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' }, ['Old Excel.']);
    const { controller } = await startedController(host);
    host.failNext('limitations', new Error('lost'));
    await controller.saveSettings();
    expect([controller.getState().limitations, controller.getState().error, controller.getState().settingsSaved]).toEqual([['Old Excel.'], null, true]);
    controller.dispose();
  });
});

describe('PaneController: settings on a workbook that has none yet', () => {
  it('saves the default settings with the first refresh, so the next person and the ribbon get the same paper', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), null);
    const { controller } = await startedController(host);
    await controller.refresh();
    expect(host.saved).toEqual([
      { since: null, asOf: null, dataValidation: true, checkWhileEditing: true },
    ]);
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
