// The one message grammar (PRODUCT.md §6): Dutch, naming what was found and what is expected:
//   Onverwachte notatie "Kamerstuk 29754, nr. 482", verwacht "Kamerstuk 29 754, nr. 482"
// Optional explanation in parentheses at the end. A unit test holds every rule to this shape.

/** Quote user text for a message: one line, shortened, with straight quotes. */
export function q(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const short = oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
  return `"${short}"`;
}

export interface Unexpected {
  /** Noun, e.g. "notatie", "voetnootverwijzing", "nummer". */
  what: string;
  /** A het-word takes "Onverwacht" (nummer, kopje), a de-word "Onverwachte". */
  neuter?: boolean;
  /** What was found: usually q(userText). */
  found: string;
  /** What is expected: a quoted canonical text or a short description. */
  expected: string;
  explanation?: string;
}

export function unexpected(m: Unexpected): string {
  const adjective = m.neuter ? 'Onverwacht' : 'Onverwachte';
  const tail = m.explanation ? ` (${m.explanation})` : '';
  return `${adjective} ${m.what} ${m.found}, verwacht ${m.expected}${tail}`;
}

/** The shape every message must have; used by the message-style test. */
export const MESSAGE_SHAPE = /^Onverwachte? [^\n]+, verwacht [^\n]+$/;
