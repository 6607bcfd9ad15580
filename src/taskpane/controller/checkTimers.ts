/**
 * The pane's two timers: the quiet time after an edit before the workbook is checked (typing a date should not check
 * per key), and the quiet spell after which a listening pane reads the workbook afresh, for edits Excel never reported
 * (a choice from an in-cell dropdown on the web: office-js issues 3888, 4066). Setting either replaces what it had.
 */
export class CheckTimers {
  private check: ReturnType<typeof setTimeout> | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly debounceMs: number,
    /** 0: never. */
    private readonly idleMs: number,
  ) {}

  afterEdit(run: () => void): void {
    this.cancelCheck();
    this.check = setTimeout(() => {
      this.check = null;
      run();
    }, this.debounceMs);
  }

  afterQuietSpell(run: () => void): void {
    this.cancelIdle();
    if (this.idleMs <= 0) return;
    this.idle = setTimeout(() => {
      this.idle = null;
      run();
    }, this.idleMs);
  }

  cancelCheck(): void {
    if (this.check !== null) clearTimeout(this.check);
    this.check = null;
  }

  cancelIdle(): void {
    if (this.idle !== null) clearTimeout(this.idle);
    this.idle = null;
  }
}
