/**
 * A one-line progress bar on stderr, drawn only on a terminal (a pipe or a CI log gets nothing).
 * Hand-written: one line rewritten in place is all it takes, and the packages that do more (several
 * bars, templates, spinners) would bring their own dependencies for it.
 */
import type { Output } from "./main.js";

const WIDTH = 24;
/** Redraw at most this often: a fast run must not spend its time writing to the terminal. */
const REDRAW_MS = 80;

export class ProgressBar {
  private done = 0;
  private current = "";
  private drawnAt = 0;
  private visible = false;

  constructor(
    private readonly stream: Output,
    private readonly total: number,
    private readonly label: string,
  ) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY) && this.total > 0;
  }

  /** A repository being read now (shown beside the bar). */
  started(name: string): void {
    this.current = name;
    this.draw(false);
  }

  finished(): void {
    this.done++;
    this.draw(this.done === this.total);
  }

  /** A message above the bar: the bar is cleared, the message written, the bar drawn again. */
  log(message: string): void {
    if (!this.enabled) {
      this.stream.write(`${message}\n`);
      return;
    }
    this.clear();
    this.stream.write(`${message}\n`);
    this.draw(true);
  }

  /** Removes the bar, leaving the terminal as it was. */
  stop(): void {
    if (this.enabled) this.clear();
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    const filled = Math.round((this.done / this.total) * WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
    const columns = (this.stream as { columns?: number }).columns ?? 80;
    const line = `${this.label} ${bar} ${this.done}/${this.total} ${this.current.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")}`;
    this.stream.write(`\r\u001b[2K${line.slice(0, Math.max(10, columns - 1))}`);
    this.visible = true;
  }

  private clear(): void {
    if (this.visible) this.stream.write("\r\u001b[2K");
    this.visible = false;
  }
}
