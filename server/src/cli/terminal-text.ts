// Text from drafts, file names and the snapshot shown on a terminal: control characters made
// visible, so a hostile string cannot move the cursor, retitle the window or hide text
// (ESC sequences, C1 controls, bidirectional overrides). Tabs and newlines stay.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
