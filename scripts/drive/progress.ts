// Progress of a batch on the terminal: a bar redrawn in place on a TTY, plain lines now and then otherwise (logs,
// CI), so a long sync shows it is alive without flooding the output.

export interface ProgressOutput {
  write: (text: string) => void;
  isTTY: boolean;
  columns?: number;
}

export class Progress {
  private done = 0;
  private retries = 0;
  private lastLineAt = 0;
  private lastPercent = -1;
  private started = Date.now();

  constructor(
    private readonly out: ProgressOutput,
    private readonly label: string,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.render(true);
  }

  retry(): void {
    this.retries++;
    this.render(false);
  }

  tick(): void {
    this.done++;
    this.render(this.done === this.total);
  }

  /** A message that must not be lost under the bar (a warning about one file). */
  note(text: string): void {
    if (this.out.isTTY) this.out.write('\r\x1b[2K');
    this.out.write(`${text}\n`);
    this.render(true);
  }

  finish(): void {
    if (this.out.isTTY) this.out.write('\n');
  }

  private render(force: boolean): void {
    const percent = this.total ? Math.floor((this.done / this.total) * 100) : 100;
    const seconds = ((this.now() - this.started) / 1000).toFixed(1);
    const tail = `${this.done}/${this.total} ${this.label}${this.retries ? ` · ${this.retries} retried` : ''} · ${seconds}s`;
    if (this.out.isTTY) {
      const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - tail.length - 10));
      const filled = Math.round((percent / 100) * width);
      this.out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${tail}`);
      return;
    }
    // plain output: a line every 10 % or every 5 s, and the last one
    const t = this.now();
    if (force || Math.floor(percent / 10) > Math.floor(this.lastPercent / 10) || t - this.lastLineAt > 5000) {
      if (percent === this.lastPercent && !force) return;
      this.out.write(`${percent}% ${tail}\n`);
      this.lastLineAt = t;
      this.lastPercent = percent;
    }
  }
}
