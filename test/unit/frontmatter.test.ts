// The front matter shortcut (plain "key: value" lines read without the YAML parser) must give
// exactly what the parser gives, or decline.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { findFrontMatter } from '../../server/src/core/blocks.js';
import { parseFrontMatter, parseFrontMatterWithYaml } from '../../server/src/core/frontmatter.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

function drafts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? drafts(p) : e.name.endsWith('.md') ? [fs.readFileSync(p, 'utf8')] : [];
  });
}

function same(text: string): void {
  const span = findFrontMatter(text);
  if (!span) return;
  assert.deepEqual(parseFrontMatter(text, span), parseFrontMatterWithYaml(text, span), JSON.stringify(text.slice(0, span.end + 3)));
}

const KEYS = ['soort', 'aan', 'onderwerp', 'kamerstuk', 'vergaderjaar', 'ingezonden', 'ontvangen', 'vragensteller', 'x_y-z', 'true', 'Null', 'a'];
const VALUES = [
  'brief', 'Tweede Kamer', '29 754, nr. 501', '2018–2019', '2019-06-27', 'Wiersma (VVD)', 'Stand van zaken: moties', '50', '+5', '-5', '0x1F', '0o17',
  '.5', '1e3', '1.', '.inf', '-.INF', '.nan', '12_000', 'true', 'False', 'NULL', '~', 'yes', 'on', 'é è ë', 'a:b', 'a: b', 'a #b', 'a#b', "'q'", '"q"',
  '[a]', '{a}', '&a', '*a', '!t', '|', '>', '%x', '@x', '`x`', '- x', '? x', ': x', 'x ', 'x\t', 'a\tb', '', 'x\u00a0', '\u00a0x', 'nr. 1, 2 en 3',
  'ab\u0001', 'emoji 🙂', 'a,b', 'a]', 'https://example.invalid/x?y=1',
];

describe('front matter shortcut', () => {
  it('reads every front matter of the fixtures and examples as the YAML parser does', () => {
    const all = [...drafts(FIXTURES), ...drafts(path.join(ROOT, 'examples'))];
    assert.ok(all.filter((t) => findFrontMatter(t)).length >= 10);
    all.forEach(same);
  });

  it('gives what the YAML parser gives, or declines, on generated front matter', () => {
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ' : '), fc.constantFrom(...VALUES)).map(([k, c, v]) => k + c + v),
      fc.constantFrom('', '  ingesprongen: ja', '# opmerking', '- lijst', 'zonder dubbele punt', '...'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, nl) => same(`---${nl}${lines.join(nl)}${nl}---${nl}${nl}Tekst.${nl}`)),
      { numRuns: 1500 },
    );
  });

  it('takes the shortcut for the usual front matter (its values are the text as written)', () => {
    const text = '---\nsoort: brief\ningezonden: 2019-06-27\nkamerstuk: 29 754, nr. 501\n---\n';
    const fm = parseFrontMatter(text, findFrontMatter(text)!);
    assert.deepEqual(fm.entries.map((e) => [e.key, e.value, text.slice(e.valueStart, e.valueEnd)]), [
      ['soort', 'brief', 'brief'],
      ['ingezonden', '2019-06-27', '2019-06-27'],
      ['kamerstuk', '29 754, nr. 501', '29 754, nr. 501'],
    ]);
  });
});

// The comparison above runs the YAML path on both sides whenever the shortcut declines, so a slip
// in that path shows only in exact values.
describe('front matter through the YAML parser (parseFrontMatterWithYaml)', () => {
  const read = (text: string) => parseFrontMatterWithYaml(text, findFrontMatter(text)!);

  it('every kind of entry: source ranges of key and value, the value as YAML reads it, the text as written', () => {
    const fm = read('---\nsoort: "brief"\nb: 50 # nr\nc:\nd:\n  e: f\n? [x]\n: y\n---\n');
    assert.deepEqual(fm.errors, []);
    assert.deepEqual(fm.entries, [
      { key: 'soort', keyStart: 4, keyEnd: 9, value: 'brief', valueText: '"brief"', valueStart: 11, valueEnd: 18 },
      { key: 'b', keyStart: 19, keyEnd: 20, value: 50, valueText: '50', valueStart: 22, valueEnd: 24 },
      { key: 'c', keyStart: 30, keyEnd: 31, value: null, valueText: '', valueStart: 32, valueEnd: 32 },
      { key: 'd', keyStart: 33, keyEnd: 34, value: { e: 'f' }, valueText: 'e: f', valueStart: 38, valueEnd: 42 },
    ]);
  });

  it('a top level that is no mapping is one error over the whole content; empty front matter is none', () => {
    assert.deepEqual(read('---\n- a\n- b\n---\n').errors, [{ message: 'de voorpagina is geen lijst van sleutels en waarden', start: 4, end: 12 }]);
    assert.deepEqual(read('---\ntekst\n---\n').errors, [{ message: 'de voorpagina is geen lijst van sleutels en waarden', start: 4, end: 10 }]);
    assert.deepEqual(read('---\n\n---\n'), { start: 0, end: 8, contentStart: 4, contentEnd: 5, entries: [], errors: [] });
  });

  it('a syntax error: its first line, placed in the draft; the entries that could be read are kept', () => {
    const fm = read('---\na: [b\nc: d\n---\n');
    assert.deepEqual(fm.errors, [{ message: 'Flow sequence in block collection must be sufficiently indented and end with a ]', start: 10, end: 11 }]);
    assert.deepEqual(fm.entries.map((e) => [e.key, e.valueText, e.valueStart, e.valueEnd]), [['a', '[b', 7, 9], ['c', 'd', 13, 14]]);
  });

  it('a key given twice is no syntax error: both entries are kept (the rules judge them)', () => {
    const fm = read('---\nsoort: brief\nsoort: antwoord\n---\n');
    assert.deepEqual(fm.errors, []);
    assert.deepEqual(fm.entries.map((e) => e.value), ['brief', 'antwoord']);
  });

  it('a date stays the text as written, not a Date', () => {
    assert.equal(read('---\ningezonden: 2019-06-27\n---\n').entries[0]!.value, '2019-06-27');
  });
});
