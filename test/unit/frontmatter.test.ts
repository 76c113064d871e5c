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
