// Every snippet is well formed, and expanded with its defaults it is a draft the linter accepts:
// the static ones (snippets/kamerbrief.code-snippets) and the server's section snippets, which
// number their footnote from the document and put its text among the other notes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analyze.js';
import { completions, type CompletionEntry } from '../../server/src/core/features/completion.js';
import { SECTION_SNIPPETS } from '../../server/src/core/features/section-snippets.js';
import { lintText } from '../../server/src/core/lint.js';
import { ROOT } from '../helpers/paths.js';
import { expandSnippet } from '../helpers/snippet-expand.js';

interface Snippet {
  scope: string;
  prefix: string;
  description: string;
  body: string[];
}

function expand(body: string[]): string {
  return expandSnippet(body.join('\n'));
}

/** Text after choosing the completion entry labelled `label` at offset, placeholders at their defaults. */
export function insertCompletion(text: string, offset: number, label: string): string {
  const entry = completions(analyze(text), offset).find((c: CompletionEntry) => c.label === label);
  assert.ok(entry, `no completion "${label}"`);
  const extra = entry.extra;
  let out = text.slice(0, entry.replaceStart) + expandSnippet(entry.insert) + text.slice(offset);
  if (extra) {
    assert.ok(extra.at >= offset, 'the definition goes after the cursor');
    const at = extra.at + (out.length - text.length);
    out = out.slice(0, at) + extra.text + out.slice(at);
  }
  return out;
}

const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'kamerbrief.code-snippets'), 'utf8')) as Record<string, Snippet>;

describe('snippets', () => {
  it('cover motie, gewijzigde motie, toezegging, Vraag/Antwoord, letter skeleton and footnote', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const p of ['vraag-antwoord', 'brief', 'antwoorden', 'kamerstuk']) assert.ok(prefixes.includes(p), p);
    const served = SECTION_SNIPPETS.map((s) => s.prefix);
    for (const p of ['motie', 'gewijzigde-motie', 'motie-leden', 'toezegging', 'voetnoot']) assert.ok(served.includes(p), p);
    // One source per snippet: VS Code would otherwise offer both, the static one with [^1].
    assert.deepEqual(prefixes.filter((p) => served.includes(p)), []);
    assert.ok(!Object.values(snippets).some((s) => s.body.join('\n').includes('[^')), 'static snippets number no footnotes');
  });
  for (const [name, s] of Object.entries(snippets)) {
    it(`${name}: well formed, Dutch description, lints without errors or warnings`, () => {
      assert.equal(s.scope, 'markdown');
      assert.ok(s.description.length > 10);
      const text = expand(s.body) + '\n';
      const loud = lintText(text).messages.filter((m) => m.severity !== 'info');
      assert.deepEqual(loud.map((m) => `${m.ruleId} ${m.message}`), [], text);
    });
  }

  const LETTER = 'Zie de brief[^1]. En de nota[^2]. En de motie[^3].\n\n\n\nTot slot.\n\n[^1]: Kamerstuk 29 754, nr. 501.\n[^2]: Kamerstuk 29 754, nr. 502.\n[^3]: Kamerstuk 29 754, nr. 503.\n';
  const CURSOR = LETTER.indexOf('\n\n\n') + 2; // the empty line between the paragraphs
  for (const s of SECTION_SNIPPETS) {
    it(`server snippet ${s.prefix}: Dutch description, next footnote number, lints without errors or warnings`, () => {
      assert.ok(s.description.length > 10);
      const prefixOffset = s.atLineStart ? CURSOR : LETTER.indexOf('Tot slot.') + 'Tot slot.'.length;
      const typed = LETTER.slice(0, prefixOffset) + (s.atLineStart ? '' : ' ') + s.prefix.slice(0, 3) + LETTER.slice(prefixOffset);
      const text = insertCompletion(typed, prefixOffset + (s.atLineStart ? 0 : 1) + 3, s.prefix);
      if (s.note) {
        assert.ok(text.includes('[^4]') && text.includes('\n[^3]: Kamerstuk 29 754, nr. 503.\n[^4]: Kamerstuk 29 754, nr.'), text);
        assert.ok(!text.includes('[^5]'));
      }
      const loud = lintText(text).messages.filter((m) => m.severity !== 'info');
      assert.deepEqual(loud.map((m) => `${m.ruleId} ${m.message}`), [], text);
    });
  }
  it('server snippets in a document without footnotes start at [^1], the text after the snippet at the end', () => {
    const text = insertCompletion('Inleiding.\n\nmo', 'Inleiding.\n\nmo'.length, 'motie');
    assert.match(text, /\(VVD\)\[\^1\], waarin/);
    assert.ok(text.endsWith('informeer ik u graag als volgt.\n\n\n\n[^1]: Kamerstuk 29 754, nr. 451.'), text);
  });
});
