// KB205: footnote texts start cleanly (".Kamerstukken …" was a real slip in nr. 501) and notes of
// one kind end alike: citation notes all with a final period or all without, as most of them do
// — a full-sentence note ends with a period when the other sentences do, and never loses it. Web
// titles, other references, bare URLs and notes ending in an abbreviation are left alone (note-kind.ts).
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { bodyText } from '../footnote-shared.js';
import { noteKind, type NoteKind } from './note-kind.js';

const STRAY = /^[.,;:]+[ \t]*(?=[\p{L}\p{N}«"'(])/u;

const KIND_WORDS: Record<NoteKind, string> = { citation: 'met een citaat', sentence: 'met een volzin', title: '', reference: '', neutral: '' };

const rule: Rule = {
  meta: {
    id: 'KB205',
    alias: 'voetnoot-tekst',
    description: 'Een voetnoottekst begint zonder los leesteken, en alle voetnoten eindigen op dezelfde manier (met of zonder punt).',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['voetnoten'],
  },
  check({ doc, report }) {
    const ends: { def: (typeof doc.definitions)[number]; end: number; period: boolean; kind: NoteKind }[] = [];
    // Where citation issues start: a stray mark there belongs to the citation rule (one pass, not per note).
    const issueStarts = new Set<number>();
    for (const { citation } of doc.citations) for (const i of citation.issues) if (i.span) issueStarts.add(i.span.start);
    for (const def of doc.definitions) {
      const body = bodyText(doc, def);
      const stray = STRAY.exec(body);
      // A stray mark before a citation is the citation rule's (KB101) to report and fix.
      const citationOwns = issueStarts.has(def.bodyStart);
      if (stray && !citationOwns) {
        report({
          span: { start: def.bodyStart, end: def.bodyStart + stray[0].length },
          message: unexpected({
            what: 'leesteken',
            neuter: true,
            found: q(stray[0].trim()),
            expected: 'een voetnoottekst die met de tekst zelf begint',
            explanation: 'los leesteken aan het begin van voetnoot ' + def.label,
          }),
          fix: { range: [def.bodyStart, def.bodyStart + stray[0].length], text: '' },
        });
      }
      const trimmed = body.trimEnd();
      if (trimmed.length === 0) continue;
      const kind = noteKind(doc, def, body);
      if (kind !== 'neutral') ends.push({ def, end: def.bodyStart + trimmed.length, period: trimmed.endsWith('.'), kind });
    }
    // Titles and other references follow their sources' punctuation: only citations and sentences are compared.
    for (const kind of ['citation', 'sentence'] as const) {
      const group = ends.filter((e) => e.kind === kind);
      const withPeriod = group.filter((e) => e.period).length;
      const without = group.length - withPeriod;
      if (withPeriod === 0 || without === 0) continue;
      // House style breaks a tie; a sentence keeps its period whatever the others do.
      const wantPeriod = kind === 'sentence' || withPeriod >= without;
      for (const e of group) if (e.period !== wantPeriod) flag(e, wantPeriod);
    }
    function flag(e: (typeof ends)[number], wantPeriod: boolean): void {
      report({
        span: { start: e.end - (e.period ? 1 : 0), end: e.end },
        message: unexpected({
          what: wantPeriod ? 'voetnoot zonder slotpunt' : 'slotpunt',
          neuter: !wantPeriod,
          found: `in voetnoot ${e.def.label}`,
          expected: `${wantPeriod ? 'een punt' : 'geen punt'} aan het eind, zoals in de andere voetnoten ${KIND_WORDS[e.kind]}`,
        }),
        fix: e.period ? { range: [e.end - 1, e.end], text: '' } : { range: [e.end, e.end], text: '.' },
      });
    }
  },
};
export default rule;
