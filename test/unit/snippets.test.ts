// Every snippet is well formed, and expanded with its defaults it is a draft the linter accepts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.js';
import { ROOT } from '../helpers/paths.js';

interface Snippet {
  scope: string;
  prefix: string;
  description: string;
  body: string[];
}

/** ${1:default} → default, ${1} / $1 / $0 → empty (nested placeholders are not used). */
export function expand(body: string[]): string {
  return body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
}

const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'kamerbrief.code-snippets'), 'utf8')) as Record<string, Snippet>;

describe('snippets', () => {
  it('cover motie, gewijzigde motie, toezegging, Vraag/Antwoord, letter skeleton and footnote', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const p of ['motie', 'gewijzigde-motie', 'toezegging', 'vraag-antwoord', 'brief', 'antwoorden', 'voetnoot']) assert.ok(prefixes.includes(p), p);
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
});
