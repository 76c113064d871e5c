// The catalogue of rule names (read when a configuration file is parsed) must name exactly the
// rules of the registry, in the same order, with the same aliases.
import assert from 'node:assert/strict';
import { RULE_NAMES, ruleIdOf } from '../../server/src/core/rules/catalogue.js';
import { allRules, findRule } from '../../server/src/core/rules/index.js';

describe('rule catalogue', () => {
  it('lists every rule of the registry by id and alias, in order', () => {
    assert.deepEqual(
      RULE_NAMES.map(([id, alias]) => [id, alias]),
      allRules.map((r) => [r.meta.id, r.meta.alias]),
    );
  });

  it('finds a rule by id or alias as the registry does, and nothing else', () => {
    for (const name of ['KB101', 'kamerstuk-notatie', 'KB604', 'contactgegevens', 'kb101', 'KB999', '', 'kamerstuk']) {
      assert.equal(ruleIdOf(name), findRule(name)?.meta.id, name);
    }
  });
});
