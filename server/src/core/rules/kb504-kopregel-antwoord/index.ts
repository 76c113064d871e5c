// KB504: the header lines of answers to Kamervragen ("Vragen van …", "Antwoord van …",
// "Mededeling van …"; citations.md §6.6, §6.8) end with a period, have balanced parentheses, and
// name each ministry by its official name on the line's date, with "Minister van" for a ministry
// and "Minister voor" for a minister without portfolio.
import { q, unexpected } from '../../message.js';
import type { DocumentAnalysis, Unit } from '../../model.js';
import type { Rule } from '../../rule.js';
import type { Report } from '../../types.js';
import { entry, isoDay } from '../frontmatter-shared.js';
import { exactSource } from '../motie-shared.js';
import { parseHeaderLine, type HeaderLine, type NamedOffice } from './header-line.js';
import { judge } from './judge.js';

function fixAt(doc: DocumentAnalysis, unit: Unit, from: number, to: number, text: string): Report['fix'] | undefined {
  const range = exactSource(doc, unit, from, to);
  return range ? { range, text } : undefined;
}

function span(unit: Unit, doc: DocumentAnalysis, from: number, to: number): Report['span'] {
  const range = exactSource(doc, unit, from, Math.max(to, from + 1));
  return range ? { start: range[0], end: range[1] } : { start: unit.start, end: unit.end };
}

/** The line's own date, else the front matter's. */
function dayOf(doc: DocumentAnalysis, line: HeaderLine): string | null {
  if (line.dated.day) return line.dated.day;
  for (const k of line.kind === 'vragen' ? ['ingezonden', 'datum'] : ['ontvangen', 'datum']) {
    const e = entry(doc, k);
    if (e && isoDay(e.valueText) !== null) return e.valueText.replace(/^["']|["']$/g, '');
  }
  return null;
}

function checkPunctuation(doc: DocumentAnalysis, unit: Unit, line: HeaderLine, report: (r: Report) => void): void {
  const flat = unit.flat;
  const d = line.dated;
  const group = flat.slice(d.start, d.end);
  if (d.doubledAt >= 0) {
    const doubled = flat.slice(d.doubledAt, d.end);
    report({
      span: span(unit, doc, d.doubledAt, d.end),
      message: unexpected({ what: 'haakjes', found: q(doubled), expected: q(group), explanation: 'dubbel openingshaakje' }),
      fix: fixAt(doc, unit, d.doubledAt, d.doubledEnd, ''),
    });
    return;
  }
  if (!d.closed) {
    const needsPeriod = flat[d.end] !== '.';
    report({
      span: span(unit, doc, d.start, d.end),
      message: unexpected({ what: 'haakjes', found: q(group), expected: q(`${group})${needsPeriod ? '.' : ''}`), explanation: 'sluithaakje ontbreekt' }),
      fix: fixAt(doc, unit, d.end, d.end, needsPeriod ? ').' : ')'),
    });
    return;
  }
  const opens = (flat.match(/\(/g) ?? []).length;
  const closes = (flat.match(/\)/g) ?? []).length;
  if (opens !== closes) {
    report({
      span: { start: unit.start, end: unit.end },
      message: unexpected({ what: 'haakjes in kopregel', found: q(flat, 120), expected: 'evenveel openings- als sluithaakjes', explanation: `${opens} geopend, ${closes} gesloten` }),
    });
  }
  // The header sentence ends with the date group and a period (footnote calls may stand between).
  let after = d.end;
  while (flat[after] === '\uFFFC') after++;
  if (flat[after] !== '.') {
    report({
      span: span(unit, doc, d.start, d.end),
      message: unexpected({ what: 'einde van kopregel', neuter: true, found: q(group), expected: q(`${group}.`), explanation: 'een kopregel eindigt met een punt' }),
      fix: fixAt(doc, unit, d.end, d.end, '.'),
    });
  }
}

function checkOffice(doc: DocumentAnalysis, unit: Unit, office: NamedOffice, day: string | null, report: (r: Report) => void): void {
  const verdict = judge({ role: office.role, prep: office.prep, name: office.name, day });
  if (!verdict) return;
  const flat = unit.flat;
  const portfolio = office.role === 'portfolio';
  const prep = verdict.prep ?? office.prep;
  // What gets replaced: the name in parentheses, or preposition and name after a title.
  const from = portfolio || office.prep === null ? office.nameStart : office.prepStart;
  const replacement = (name: string): string => (portfolio || prep === null ? name : `${prep} ${name}`);
  const title = flat.slice(office.titleStart, from);
  const found = portfolio ? office.name : flat.slice(office.titleStart, office.nameEnd);
  const expected = verdict.names.map((n) => q(portfolio ? n : title + replacement(n))).join(' of ');
  const fix = verdict.names.length === 1 ? fixAt(doc, unit, from, office.nameEnd, replacement(verdict.names[0]!)) : undefined;
  report({
    span: span(unit, doc, portfolio ? office.nameStart : office.titleStart, office.nameEnd),
    message: unexpected({ what: portfolio ? 'ministerie' : 'aanduiding', neuter: portfolio, found: q(found), expected, explanation: verdict.reasons.join('; ') }),
    ...(fix ? { fix } : {}),
  });
}

const rule: Rule = {
  meta: {
    id: 'KB504',
    alias: 'kopregel-antwoord',
    description: 'De kopregels "Vragen van …", "Antwoord van …" en "Mededeling van …" eindigen met een punt, hebben sluitende haakjes en noemen het ministerie bij zijn officiële naam op die datum, met "Minister van" of "Minister voor" zoals de post heet.',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['kamervragen', 'kopregel', 'stijl'],
  },
  check({ doc, report }) {
    for (const unit of doc.units) {
      if (unit.kind !== 'paragraph' || unit.footnote !== null || unit.inList || unit.inQuote) continue;
      const line = parseHeaderLine(unit.flat);
      if (!line) continue;
      checkPunctuation(doc, unit, line, report);
      const day = dayOf(doc, line);
      for (const office of line.offices) checkOffice(doc, unit, office, day, report);
    }
  },
};
export default rule;
