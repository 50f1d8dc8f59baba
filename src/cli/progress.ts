/** A progress bar on stderr while many files are read, drawn only when stderr is a terminal. */

export interface Progress {
  /** Before reading file number `done + 1`. */
  tick(done: number, file: string): void;
  /** A message for the person (an unreadable file …), printed above the bar. */
  say(text: string): void;
  /** Takes the bar away until the next tick (before writing to stdout on the same terminal). */
  hide(): void;
  /** Removes the bar. */
  end(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

const WIDTH = 24;
const REDRAW_MS = 80;

/** Width on a terminal: CJK characters take two cells. */
function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return n;
}

function fit(text: string, room: number): string {
  if (cells(text) <= room) return text;
  const chars = [...text];
  while (chars.length > 0 && cells(`…${chars.join("")}`) > room) chars.shift();
  return `…${chars.join("")}`;
}

export function progressBar(total: number, stream: ProgressStream = process.stderr, label = "校验"): Progress {
  const live = Boolean(stream.isTTY) && total > 1;
  let drawn = false;
  let last = 0;
  let state = { done: 0, file: "" };
  const clear = () => {
    if (drawn) stream.write("\r\x1b[K");
    drawn = false;
  };
  const draw = () => {
    const filled = Math.round((state.done / total) * WIDTH);
    const head = `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${state.done}/${total} `;
    const room = Math.max(10, (stream.columns || 80) - cells(head) - 1);
    stream.write(`\r${head}${fit(state.file, room)}\x1b[K`);
    drawn = true;
  };
  return {
    tick(done, file) {
      if (!live) return;
      state = { done, file };
      const now = Date.now();
      if (now - last < REDRAW_MS && done > 0) return;
      last = now;
      draw();
    },
    say(text) {
      if (!live) {
        stream.write(`${text}\n`);
        return;
      }
      clear();
      stream.write(`${text}\n`);
      draw();
    },
    hide() {
      if (live) clear();
    },
    end() {
      if (live) clear();
    },
  };
}
