/**
 * Makes text from content files harmless to print. Lessons may come from third-party packs, and a
 * YAML "\e]52;…" escape is a real control sequence that could write the learner's clipboard,
 * retitle the window, hide text or move the cursor. We strip, before any styling of our own:
 * ESC-introduced sequences (CSI, OSC, DCS, SOS, PM, APC and two-byte escapes), 8-bit C1 controls,
 * C0 controls except tab and newline (so \r, \b and BEL go), DEL, and bidi overrides/isolates.
 */

// OSC/DCS/SOS/PM/APC run to BEL or ST (ESC \); CSI to a final byte; anything else is ESC + one char.
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)|\[[0-?]*[ -/]*[@-~]?|[\s\S]?)/g;
// eslint-disable-next-line no-control-regex
const C1_SEQUENCES = /[\u0090\u0098\u009d\u009e\u009f][\s\S]*?(?:\u009c|\u0007|$)|\u009b[0-?]*[ -/]*[@-~]?/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(ESCAPES, '').replace(C1_SEQUENCES, '').replace(CONTROLS, '');
}

// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for `--json` output. JSON.stringify escapes C0 controls but writes DEL, 8-bit C1 controls
 * and bidi overrides as they are, and a terminal may act on them when a script's output is shown.
 * Escaped as \uXXXX they stay in the data, unchanged for the script that parses it.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
