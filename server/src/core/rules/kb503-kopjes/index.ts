// KB503: the two standard section headings of a letter (citations.md §6.3, §6.4):
//   "Toezegging – ONDERWERP"  (en dash U+2013 between spaces)
//   "(Gewijzigde )?Motie van het lid NAAM( c.s.)? over ONDERWERP" / "… van de leden A en B over …"
// no party in the heading (that belongs to the first mention in the body), "over" present.
// Counting names ("het lid" vs "de leden") and spelling "c.s." are KB308's.
import { q, unexpected } from '../../message.js';
import type { DocumentAnalysis, Unit } from '../../model.js';
import type { Rule } from '../../rule.js';
import type { Report } from '../../types.js';
import { exactSource, headingLead, mentionsInUnit } from '../motie-shared.js';

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** One report per heading; its fix applies all edits at once when each lands on plain text. */
function headingReport(doc: DocumentAnalysis, unit: Unit, edits: Edit[] | null, reasons: string[], pattern: string): Report {
  const flat = unit.flat;
  let fixed: string | null = null;
  let fix: Report['fix'];
  if (edits && edits.length > 0) {
    const sorted = [...edits].sort((a, b) => a.from - b.from);
    const ranges = sorted.map((e) => exactSource(doc, unit, e.from, e.to));
    if (ranges.every((r) => r !== null)) {
      const start = ranges[0]![0];
      const end = ranges[ranges.length - 1]![1];
      let text = '';
      let pos = start;
      sorted.forEach((e, i) => {
        text += doc.text.slice(pos, ranges[i]![0]) + e.text;
        pos = ranges[i]![1];
      });
      fix = { range: [start, end], text: text + doc.text.slice(pos, end) };
    }
    let out = '';
    let p = 0;
    for (const e of sorted) {
      out += flat.slice(p, e.from) + e.text;
      p = e.to;
    }
    fixed = out + flat.slice(p);
  }
  return {
    span: { start: unit.start, end: unit.end },
    message: unexpected({
      what: 'kopje',
      neuter: true,
      found: q(flat, 120),
      expected: fixed !== null ? q(fixed, 120) : pattern,
      explanation: reasons.join('; '),
    }),
    ...(fix ? { fix } : {}),
  };
}

const TOEZEGGING_PATTERN = 'een kopje als "Toezegging – ONDERWERP"';
const MOTIE_PATTERN = 'een kopje als "Motie van het lid NAAM over ONDERWERP" of "Gewijzigde motie van de leden NAAM en NAAM over ONDERWERP"';

function checkToezegging(doc: DocumentAnalysis, unit: Unit, lead: number, report: (r: Report) => void): void {
  const flat = unit.flat;
  const word = flat.slice(lead, lead + 10);
  const rest = flat.slice(lead + 10);
  const edits: Edit[] = [];
  const reasons: string[] = [];
  if (word !== 'Toezegging') {
    edits.push({ from: lead, to: lead + 1, text: 'T' });
    reasons.push('hoofdletter aan het begin');
  }
  if (/^ \u2013 \S/.test(rest)) {
    if (edits.length) report(headingReport(doc, unit, edits, reasons, TOEZEGGING_PATTERN));
    return;
  }
  // One separator pattern for both questions: is there a dash of some kind, and is a subject after it?
  const sep = /^[ \t]*(?:--|[-\u2013\u2014\u2212:])[ \t]*/.exec(rest);
  const subject = rest.slice(sep?.[0].length ?? 0).trim();
  if (sep && subject) {
    edits.push({ from: lead + 10, to: lead + 10 + sep[0].length, text: ' \u2013 ' });
    reasons.push('een en-streepje (–) met een spatie ervoor en erna tussen "Toezegging" en het onderwerp');
    report(headingReport(doc, unit, edits, reasons, TOEZEGGING_PATTERN));
  } else {
    // "Toezegging –" with nothing after the dash lacks its subject, not its dash.
    reasons.push(subject ? 'geen en-streepje tussen "Toezegging" en het onderwerp' : 'het onderwerp ontbreekt');
    report(headingReport(doc, unit, null, reasons, TOEZEGGING_PATTERN));
  }
}

function checkMotie(doc: DocumentAnalysis, unit: Unit, lead: number, report: (r: Report) => void): void {
  const flat = unit.flat;
  const head = /^(gewijzigde\s+)?(motie)/i.exec(flat.slice(lead))!;
  // After "Gewijzigde" and more than one space, the motie reader starts the mention at "motie".
  const motieAt = lead + (head[1]?.length ?? 0);
  const mention = mentionsInUnit(doc, unit).find((m) => m.flatStart === lead || m.flatStart === motieAt);
  const edits: Edit[] = [];
  const reasons: string[] = [];
  if (!/^\p{Lu}/u.test(head[0])) {
    edits.push({ from: lead, to: lead + 1, text: head[0][0]!.toUpperCase() });
    reasons.push('hoofdletter aan het begin');
  }
  if (head[1] && head[2] !== 'motie') {
    const at = lead + head[1].length;
    edits.push({ from: at, to: at + 1, text: 'm' });
    reasons.push('"Gewijzigde motie" met een kleine m');
  }
  let fixable = true;
  if (!mention || mention.form !== 'van' || !mention.phrase?.determiner) {
    reasons.push('"Motie van het lid …" of "Motie van de leden …"');
    fixable = false;
  } else {
    for (const name of mention.members.names) {
      if (!name.party) continue;
      // Remove " (VVD)" with the space before it.
      const from = flat[name.partyStart - 1] === ' ' ? name.partyStart - 1 : name.partyStart;
      edits.push({ from, to: name.partyEnd, text: '' });
      reasons.push(`geen fractie in het kopje (${q(`(${name.party})`)} hoort bij de eerste vermelding in de tekst)`);
    }
    if (!/^[ \u00a0]+over[ \u00a0]+\S/.test(flat.slice(mention.flatEnd))) {
      reasons.push('"over" met het onderwerp na de indieners');
      fixable = false;
    }
  }
  if (reasons.length > 0) report(headingReport(doc, unit, fixable ? edits : null, reasons, MOTIE_PATTERN));
}

const rule: Rule = {
  meta: {
    id: 'KB503',
    alias: 'kopjes',
    description: 'Kopjes van toezeggingen luiden "Toezegging – onderwerp" en kopjes van moties "Motie van het lid … over …" zonder fractie.',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['kopjes', 'moties', 'toezeggingen', 'stijl'],
  },
  check({ doc, report }) {
    for (const unit of doc.units) {
      if (unit.kind !== 'heading' || unit.footnote !== null) continue;
      const lead = headingLead(unit.flat);
      const text = unit.flat.slice(lead);
      if (/^toezegging(?![\p{L}\d])/iu.test(text)) checkToezegging(doc, unit, lead, report);
      else if (/^(?:gewijzigde\s+)?motie(?![\p{L}\d])/iu.test(text)) checkMotie(doc, unit, lead, report);
    }
  },
};
export default rule;
