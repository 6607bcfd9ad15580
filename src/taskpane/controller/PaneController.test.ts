import { makeSeedWorkbook } from '../../../test/fixtures/seedTables';
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
