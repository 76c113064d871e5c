// Every rule documents itself (README.md beside the rule) with "## Goed" and "## Fout" examples;
// the examples are tests: Goed gives no message of the rule, Fout at least one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.js';
import { allRules } from '../../server/src/core/rules/index.js';
import { RULES_SRC } from '../helpers/paths.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

function examples(readme: string, section: string): string[] {
  const part = readme.split(/^## /m).find((s) => s.startsWith(section + '\n'));
  if (!part) return [];
  return [...part.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

describe('rule documentation', () => {
  for (const rule of allRules) {
    const { id, alias } = rule.meta;
    const readmePath = path.join(RULES_SRC, `${id.toLowerCase()}-${alias}`, 'README.md');
    describe(`${id} ${alias}`, () => {
      it('has a README with Goed and Fout examples', () => {
        assert.ok(fs.existsSync(readmePath), readmePath);
        const readme = fs.readFileSync(readmePath, 'utf8');
        assert.match(readme, new RegExp(`^# ${id} ${alias}\\n`));
        assert.ok(examples(readme, 'Goed').length > 0, 'Goed example');
        assert.ok(examples(readme, 'Fout').length > 0, 'Fout example');
      });
      it('Goed examples give no message, Fout examples at least one', () => {
        const readme = fs.readFileSync(readmePath, 'utf8');
        // Data rules read the fixture snapshot; the others must not depend on data at all.
        // Rules of a preset (verzending) are off by default: their examples run with the preset.
        const options = {
          ...(rule.meta.needsData ? { data: fixtureSnapshot() } : {}),
          ...(rule.meta.preset ? { config: { preset: rule.meta.preset } } : {}),
        };
        for (const good of examples(readme, 'Goed')) {
          const got = lintText(good, options).messages.filter((m) => m.ruleId === id);
          assert.deepEqual(got.map((m) => m.message), [], `Goed:\n${good}`);
        }
        for (const bad of examples(readme, 'Fout')) {
          const got = lintText(bad, options).messages.filter((m) => m.ruleId === id);
          assert.ok(got.length > 0, `Fout gives no ${id}:\n${bad}`);
        }
      });
    });
  }
});
