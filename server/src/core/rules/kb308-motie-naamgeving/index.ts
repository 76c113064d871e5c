// KB308: how members are named in motie references and other member phrases (citations.md §4.1):
// "het lid" + one name, "de leden" + two or more; "c.s." with both periods; a space before the
// party; no doubled word ("van van het lid"); one spelling of a tussenvoegsel per member.
import { flatEndToSource, flatToSource } from '../../facts.js';
import { q, unexpected } from '../../message.js';
import type { Unit } from '../../model.js';
import type { Report, Span } from '../../types.js';
import type { Rule } from '../../rule.js';
import { exactSource, findMotieMentions, memberPhrases, TUSSENVOEGSELS, withoutCalls, type MemberList, type MemberPhrase } from '../motie-shared.js';
import type { DocumentAnalysis } from '../../model.js';

type Emit = (r: Report) => void;

/** A report with a fix of a flat span, the fix only where the source there is plain text. */
function flatReport(doc: DocumentAnalysis, unit: Unit, fs: number, fe: number, text: string, message: string): Report {
  const exact = exactSource(doc, unit, fs, fe);
  const span: Span = { start: flatToSource(unit, fs), end: flatEndToSource(unit, fe) };
  return { span, message, ...(exact ? { fix: { range: exact, text } } : {}) };
}

function capitalLike(model: string, text: string): string {
  return /^\p{Lu}/u.test(model) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

function checkArticle(doc: DocumentAnalysis, p: MemberPhrase, emit: Emit): void {
  if (!p.determiner) return; // "op verzoek van lid Becker": no article to put right
  const n = p.list.names.length;
  const want = n >= 2 ? 'de leden' : n === 1 && p.list.complete ? 'het lid' : null;
  if (!want || `${p.determiner} ${p.noun}` === want) return;
  const flat = p.unit.flat;
  const from = p.articleEnd - p.noun.length - 1 - p.determiner.length;
  const written = flat.slice(from, p.articleEnd);
  const replacement = capitalLike(written, want);
  const phrase = withoutCalls(flat.slice(from, p.list.end));
  emit(
    flatReport(doc, p.unit, from, p.articleEnd, replacement, unexpected({
      what: 'aanduiding',
      found: q(phrase),
      expected: q(replacement + phrase.slice(written.length)),
      explanation: n >= 2 ? 'twee of meer namen: "de leden"' : 'één naam: "het lid"',
    })),
  );
}

function checkList(doc: DocumentAnalysis, unit: Unit, list: MemberList, emit: Emit): void {
  const flat = unit.flat;
  if (list.cs && list.cs.text !== 'c.s.') {
    emit(flatReport(doc, unit, list.cs.flatStart, list.cs.flatEnd, 'c.s.', unexpected({
      what: 'afkorting',
      found: q(list.cs.text),
      expected: q('c.s.'),
      explanation: 'cum suis, met twee punten',
    })));
  }
  for (const name of list.names) {
    if (!name.party || name.partySpaced) continue;
    const found = withoutCalls(flat.slice(name.flatStart, name.partyEnd));
    emit(flatReport(doc, unit, name.partyStart, name.partyStart + 1, ' (', unexpected({
      what: 'spatiëring',
      found: q(found),
      expected: q(`${withoutCalls(flat.slice(name.flatStart, name.partyStart))} ${flat.slice(name.partyStart, name.partyEnd)}`),
      explanation: 'een spatie voor de fractie tussen haakjes',
    })));
  }
}

interface NameUse {
  spelling: string;
  span: Span;
}

/** Spellings that differ only in the capitals of tussenvoegsels ("Van Raan" / "van Raan"). */
function tussenvoegselOnly(a: string, b: string): boolean {
  const x = a.split(/([\s-])/);
  const y = b.split(/([\s-])/);
  if (x.length !== y.length) return false;
  return x.every((t, i) => t === y[i] || (t.toLowerCase() === y[i]!.toLowerCase() && TUSSENVOEGSELS.has(t.toLowerCase())));
}

function checkSpellings(uses: NameUse[], emit: Emit): void {
  const first = new Map<string, NameUse>();
  for (const use of uses.sort((a, b) => a.span.start - b.span.start)) {
    const key = use.spelling.replace(/\s+/g, ' ').toLowerCase();
    const earlier = first.get(key);
    if (!earlier) first.set(key, use);
    else if (earlier.spelling !== use.spelling && tussenvoegselOnly(earlier.spelling, use.spelling)) {
      emit({
        span: use.span,
        message: unexpected({
          what: 'schrijfwijze',
          found: q(use.spelling),
          expected: `${q(earlier.spelling)}, zoals eerder in dit document`,
          explanation: 'één lid, één schrijfwijze van het tussenvoegsel',
        }),
        related: [{ span: earlier.span, message: `Eerdere schrijfwijze ${q(earlier.spelling)}` }],
      });
    }
  }
}

function namesOf(unit: Unit, list: MemberList): NameUse[] {
  return list.names.map((n) => ({ spelling: n.name, span: { start: flatToSource(unit, n.flatStart), end: flatEndToSource(unit, n.flatEnd) } }));
}

const rule: Rule = {
  meta: {
    id: 'KB308',
    alias: 'motie-naamgeving',
    description: 'Indieners van een motie (en andere Kamerleden) worden genoemd als "het lid X" of "de leden X en Y", met "c.s.", een spatie voor de fractie en één schrijfwijze per naam.',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['moties', 'namen', 'stijl'],
  },
  check({ doc, report }) {
    const uses: NameUse[] = [];
    for (const unit of doc.units) {
      for (const p of memberPhrases(unit)) {
        if (p.doubled) {
          report(flatReport(doc, unit, p.doubled.flatStart, p.doubled.flatEnd, '', unexpected({
            what: 'herhaling',
            found: q(unit.flat.slice(p.doubled.flatStart - p.doubled.word.length - 1, p.doubled.flatEnd - 1)),
            expected: q(p.doubled.word),
            explanation: 'een woord staat er twee keer',
          })));
        }
        checkArticle(doc, p, report);
        checkList(doc, unit, p.list, report);
        uses.push(...namesOf(unit, p.list));
      }
    }
    // "motie-Taverne", "motie Becker cs": lists without "het lid" / "de leden".
    for (const m of findMotieMentions(doc)) {
      if (m.phrase) continue;
      checkList(doc, m.unit, m.members, report);
      uses.push(...namesOf(m.unit, m.members));
    }
    checkSpellings(uses, report);
  },
};
export default rule;
