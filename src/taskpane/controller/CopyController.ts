import { copyPaper } from '../paper/copyPaper';
import { paneActions } from '../state/actions';
import type { PaneContext } from './PaneContext';

/** Copy for Word (copyPaper.ts): the last refresh's summary onto the clipboard, or selected for Ctrl+C. */
export class CopyController {
  constructor(private readonly context: PaneContext) {}

  async copy(): Promise<void> {
    const { store, host, options } = this.context;
    const { paper, copy } = store.getState();
    if (!paper || copy.phase === 'copying') return;
    const turn = this.context.turn();
    store.dispatch(paneActions.copyStarted());
    turn.dispatch(paneActions.copyFinished(await copyPaper(paper.summary, host, options.clipboard)));
  }

  dismiss(): void {
    this.context.store.dispatch(paneActions.copyDismissed());
  }
}
