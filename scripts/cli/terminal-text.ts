// Text from input files reaches the terminal in messages (a role's title, a cell, a file name); a control
// character in it could move the cursor, recolour or retitle the terminal, or hide what follows. Everything
// printed passes through here: such characters are shown escaped (\x1b, \u202e), never sent raw.

/** The one sequence Trellis itself sends: the progress bar redrawing its line in a terminal. */
const REDRAW = '\r\x1b[2K';

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder what is shown
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control character escaped, except Trellis's own progress redraw. */
export function terminalSafe(text: string): string {
  if (!UNSAFE.test(text)) return text;
  UNSAFE.lastIndex = 0;
  return text
    .split(REDRAW)
    .map((part) => part.replace(UNSAFE, escapeOne))
    .join(REDRAW);
}
