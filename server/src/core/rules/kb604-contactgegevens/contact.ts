// E-mail addresses and Dutch telephone numbers in a text. Left out on purpose, because letters give
// them to the public: functional mailboxes (info@, vragen@, …) and numbers that reach an
// organisation rather than a person (0800/0900 service numbers, 088/085 company numbers, 14 0xx).
export interface Contact {
  kind: 'e-mailadres' | 'telefoonnummer';
  text: string;
  index: number;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
const FUNCTIONAL =
  /^(?:info|informatie|contact|vragen|post|postbus|secretariaat|servicedesk|helpdesk|klantenservice|klantcontact|meldpunt|communicatie|pers|persvoorlichting|voorlichting|webredactie|redactie|privacy|fg|woo|wob|klachten|bezwaar|loket|publieksvoorlichting|noreply|no-reply)(?:[._-][\p{L}\p{N}]+)*$/iu;
// 10 digits from a leading 0 (or +31/0031 and 9 digits), with a space or hyphen between groups;
// not the digits of an IBAN ("NL91 ABNA 0417 1643 00").
const PHONE = /(?<![\p{L}\p{N}]|[A-Z]{4} ?)(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)[1-9](?:(?:\s?[-–]\s?|\s)?\d){8}(?![\p{L}\p{N}]|[,.:]\d)/gu;
const PUBLIC_PREFIX = /^(?:800|90\d|88|85|84|87|97)/;
// "06-12-2024 10" is a date and a time, not 06-12202410.
const DATE_START = /^\d{2}[-./]\d{2}[-./]\d{4}/;

export function contactsIn(text: string): Contact[] {
  const out: Contact[] = [];
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      const local = m[0].slice(0, m[0].indexOf('@'));
      if (!FUNCTIONAL.test(local)) out.push({ kind: 'e-mailadres', text: m[0], index: m.index });
    }
  }
  for (const m of text.matchAll(PHONE)) {
    // The national number without its 0 or +31: its first digits say what kind of line it is.
    const national = m[0].replace(/^(?:\+|00)31|\(0\)|\D/g, '').replace(/^0/, '');
    if (national.length !== 9 || PUBLIC_PREFIX.test(national) || DATE_START.test(m[0])) continue;
    out.push({ kind: 'telefoonnummer', text: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
