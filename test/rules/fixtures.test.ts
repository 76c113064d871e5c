// Rule fixtures (markdownlint's convention, as HTML comments): every `<!-- expect KB201 -->`
// marks one expected message of that rule starting on the marker's line (`-2` / `+1`: that many
// lines up/down). For each fixture: the reported lines of the checked rules equal the markers,
// fixing then re-linting leaves no fixable message, and `name.fixed.md` (when present) is the
// exact fixed text. Checked rules: the folder's rule plus every rule named in a marker.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fixText, lintText } from '../../server/src/core/lint.js';
import type { LintConfig } from '../../server/src/core/config.js';
import { FIXTURES } from '../helpers/paths.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const MARKER = /<!--\s*expect\s+(KB\d{3})(?:\s+([+-]\d+))?\s*-->/g;

function expectations(text: string): Map<string, number[]> {
  const byRule = new Map<string, number[]>();
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(MARKER)) {
      const list = byRule.get(m[1]!) ?? [];
      list.push(i + 1 + Number(m[2] ?? 0));
      byRule.set(m[1]!, list);
    }
  });
  return byRule;
}

const root = path.join(FIXTURES, 'rules');
const folders = fs.existsSync(root) ? fs.readdirSync(root).sort() : [];

describe('rule fixtures', () => {
  for (const folder of folders) {
    const dir = path.join(root, folder);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).sort();
    describe(folder, () => {
      for (const file of files) {
        it(file, () => {
          const text = fs.readFileSync(path.join(dir, file), 'utf8');
          const configFile = path.join(dir, file.replace(/\.md$/, '.config.json'));
          const config: LintConfig | undefined = fs.existsSync(configFile)
            ? (JSON.parse(fs.readFileSync(configFile, 'utf8')) as LintConfig)
            : undefined;
          // Every fixture is linted with the fixture snapshot, as a user with data would.
          const options = { ...(config ? { config } : {}), data: fixtureSnapshot() };
          const expected = expectations(text);
          const checked = new Set([folder, ...expected.keys()]);
          const { messages, analysis } = lintText(text, options);
          for (const rule of checked) {
            const actual = messages
              .filter((m) => m.ruleId === rule)
              .map((m) => analysis.lines.positionAt(m.start).line + 1)
              .sort((a, b) => a - b);
            const want = (expected.get(rule) ?? []).sort((a, b) => a - b);
            assert.deepEqual(actual, want, `${rule} lines in ${folder}/${file}: ${JSON.stringify(messages.filter((m) => m.ruleId === rule).map((m) => m.message))}`);
          }
          assert.ok(!messages.some((m) => m.ruleId === 'KB000'), 'no internal error');
          const fixed = fixText(text, options);
          const left = lintText(fixed.text, options).messages.filter((m) => m.fix);
          assert.deepEqual(left.map((m) => `${m.ruleId}: ${m.message}`), [], 'fixable problems left after fixing');
          const fixedFile = path.join(dir, file.replace(/\.md$/, '.fixed.md'));
          if (fs.existsSync(fixedFile)) assert.equal(fixed.text, fs.readFileSync(fixedFile, 'utf8'));
        });
      }
    });
  }
});
