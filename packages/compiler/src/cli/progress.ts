import type { CliIO } from './io.js';

/** Redraw at most this often, so a fast loop does not flood the terminal. */
const MIN_INTERVAL_MS = 80;

/**
 * One self-overwriting status line on stderr for long network work. Drawn only on a terminal
 * outside CI; in pipes and CI it stays silent (results are printed as normal lines).
 */
export class ProgressLine {
  readonly #io: CliIO;
  readonly #enabled: boolean;
  #shown = false;
  #last = 0;

  constructor(io: CliIO, wanted: boolean) {
    this.#io = io;
    this.#enabled = wanted && io.isTTY && !io.env.CI && io.env.TERM !== 'dumb';
  }

  /** Shows `label done/total` (or `label done` without a total). */
  update(label: string, done: number, total?: number): void {
    if (!this.#enabled) return;
    const now = performance.now();
    const finished = total !== undefined && done >= total;
    if (!finished && now - this.#last < MIN_INTERVAL_MS) return;
    this.#last = now;
    const count = total === undefined ? `${done}` : `${done}/${total}`;
    this.#io.stderr(`\r\x1b[2K${label} ${count}`);
    this.#shown = true;
  }

  /** Removes the line (before printing anything else, and at the end). */
  clear(): void {
    if (!this.#shown) return;
    this.#io.stderr('\r\x1b[2K');
    this.#shown = false;
  }
}
