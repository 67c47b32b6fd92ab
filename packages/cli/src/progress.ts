/**
 * Progress on stderr, from each command's list of steps: one line, redrawn in place, with the
 * step's number and title and, inside a long step, its tasks or runs done. Every step that can
 * take longer than a second is in the list: reading the roster, each step of an analysis,
 * the simulation, the routes, the designer, writing the outputs. Nothing is written when stderr
 * is not a terminal (pipes, CI logs) or when the command is quiet or prints JSON, and the line is
 * erased at the end, so what remains on screen is the command's own output.
 */

import { type AnalysisProgress, formatCount } from '@trackmap/core';
import type { TextSink } from './io.js';

export interface Progress {
  /** Starts a step of the command's list (by its title). */
  step(title: string): void;
  /** Progress inside the current step: `done` of `total` (runs, tasks…). */
  tick(done: number, total: number, unit: string): void;
  /** The progress of an analysis: its steps (`ANALYSIS_STEPS`) are steps of the command too. */
  analysis(p: AnalysisProgress): void;
  /** Writes `text` (whole lines) above the progress line, e.g. a warning. */
  message(text: string): void;
  /** Erases the line. */
  stop(): void;
}

/** Redraw at most this often inside a step (each new step is drawn at once). */
const TICK_MS = 100;

/** No progress line; messages still go to `stream`. */
const silent = (stream: TextSink): Progress => ({
  step() {},
  tick() {},
  analysis() {},
  message: (text) => stream.write(text),
  stop() {},
});

/**
 * A progress line on `stream` over the command's `steps` (titles, in order).
 * @param enabled - false for `--quiet` or `--json`; a stream that is not a terminal is silent too.
 */
export function createProgress(
  stream: TextSink & { isTTY?: boolean },
  enabled: boolean,
  steps: readonly string[],
): Progress {
  if (!enabled || !stream.isTTY) return silent(stream);
  let title = '';
  let lastTick = 0;
  let drawn = false;
  let shown = '';
  const draw = (detail: string) => {
    const index = steps.indexOf(title);
    const position = index >= 0 ? `${index + 1}/${steps.length} ` : '';
    shown = ` ${position}${title}${detail}`;
    stream.write(`\r\x1b[2K${shown}`);
    drawn = true;
  };
  const step = (next: string) => {
    title = next;
    lastTick = Date.now();
    draw('');
  };
  const tick = (done: number, total: number, unit: string) => {
    const now = Date.now();
    if (now - lastTick < TICK_MS && done < total) return;
    lastTick = now;
    draw(` (${formatCount(done)}/${formatCount(total)} ${unit})`);
  };
  return {
    step,
    tick,
    analysis(p) {
      if (p.step === 'done') return;
      if (p.step !== title) step(p.step);
      if (p.tasks) tick(p.tasks.done, p.tasks.total, 'tasks');
    },
    message(text) {
      stream.write(drawn ? `\r\x1b[2K${text}${shown}` : text);
    },
    stop() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** The first step of every command that reads a roster. */
export const READ_STEP = 'reading the roster';
/** The last step of every command that writes files. */
export const WRITE_STEP = 'writing the outputs';
