// Rule fixtures (markdownlint's convention, as HTML comments): every `<!-- expect KB201 -->`
// marks one expected message of that rule starting on the marker's line (`-2` / `+1`: that many
// lines up/down). For each fixture: the reported lines of the checked rules equal the markers,
// fixing then re-linting leaves no fixable message, and `name.fixed.md` (when present) is the
// exact fixed text, and `name.messages.txt` the exact messages of the checked rules (text, span,
// severity, certainty, fix, related locations): the markers say where a rule speaks, the messages
// file what it says. After a deliberate change: KB_FIXTURES_UPDATE=1 npx mocha out/test/rules/
// fixtures.test.js rewrites the messages files; read the diff before committing it.
// Checked rules: the folder's rule plus every rule named in a marker.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fixText, lintText } from '../../server/src/core/lint.js';
import type { LintConfig } from '../../server/src/core/config.js';
import type { DocumentAnalysis } from '../../server/src/core/model.js';
import type { LintMessage } from '../../server/src/core/types.js';
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

/** Messages as a reviewable text: one line each, then its fix and related locations indented. */
function messagesText(analysis: DocumentAnalysis, messages: LintMessage[]): string {
  const at = (o: number): string => {
    const p = analysis.lines.positionAt(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return messages
    .map((m) => {
      const lines = [`${at(m.start)}-${at(m.end)} ${m.ruleId} ${m.severity}${m.certainty === 'unverified' ? ' onzeker' : ''}: ${m.message}`];
      if (m.fix) lines.push(`  herstel ${at(m.fix.range[0])}-${at(m.fix.range[1])} → ${JSON.stringify(m.fix.text)}`);
      for (const r of m.related ?? []) lines.push(`  zie ${at(r.start)}-${at(r.end)}: ${r.message}`);
      return lines.join('\n') + '\n';
    })
    .join('');
}

const FIXED_NOW = new Date('2026-12-07T12:00:00Z');
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
          // A fixed "now": the data's age (KB122) is part of the messages files.
          const options = { ...(config ? { config } : {}), data: fixtureSnapshot(), now: FIXED_NOW };
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
          const said = messagesText(analysis, messages.filter((m) => checked.has(m.ruleId)));
          const messagesFile = path.join(dir, file.replace(/\.md$/, '.messages.txt'));
          if (process.env['KB_FIXTURES_UPDATE']) fs.writeFileSync(messagesFile, said);
          assert.ok(fs.existsSync(messagesFile), `${folder}/${path.basename(messagesFile)} ontbreekt: KB_FIXTURES_UPDATE=1 maakt het`);
          assert.equal(said, fs.readFileSync(messagesFile, 'utf8'), `messages of ${folder}/${file}`);
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
