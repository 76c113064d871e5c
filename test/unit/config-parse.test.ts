// core/config/parse.ts: a configuration file's text to a FileConfig, or Dutch problems with their
// place — every message a writer of .kamerbrief.jsonc or package.json can get, tested where the
// parser lives (the CLI's tests reach only some of them).
import assert from 'node:assert/strict';
import { parseConfigText } from '../../server/src/core/config/parse.js';

/** The problems of `text`, as "line:column message". */
const problems = (text: string, packageJson = false): string[] => parseConfigText(text, packageJson).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('configuration files (parseConfigText)', () => {
  it('reads every key and rule setting', () => {
    const text = `{
  // commentaar mag
  "$schema": "./schemas/config.json",
  "root": true,
  "preset": "streng",
  "citatiestijl": "leidraad",
  "rules": { "kamerstuk-notatie": "off", "KB106": { "severity": "warning", "options": { "stijl": "brief" } } },
  "ignores": ["concepten/oud/**"],
}`;
    // (JSON round trip: option objects come from the JSON parser without a prototype.)
    assert.deepEqual(JSON.parse(JSON.stringify(parseConfigText(text))), {
      config: { root: true, preset: 'streng', citatiestijl: 'leidraad', rules: { KB101: { severity: 'off' }, KB106: { severity: 'warning', options: { stijl: 'brief' } } }, ignores: ['concepten/oud/**'] },
      problems: [],
    });
    assert.deepEqual(parseConfigText('{}'), { config: { rules: {}, ignores: [] }, problems: [] });
    assert.equal(parseConfigText('{"root": false}').config?.root, false);
  });

  it('says what is wrong with each key, and where', () => {
    const cases: [string, string][] = [
      ['[]', '1:1 de configuratie moet een object zijn, bijvoorbeeld { "extends": "aanbevolen" }'],
      ['{"$schema": 5}', '1:13 "$schema" moet een tekst (pad of URL) zijn'],
      ['{"root": "ja"}', '1:10 "root" moet true of false zijn'],
      ['{"preset": "x"}', '1:12 onbekende voorinstelling "x" bij "preset"; kies "aanbevolen", "streng" of "verzending"'],
      ['{"citatiestijl": "x"}', '1:18 onbekende citatiestijl "x"; kies "brief" of "leidraad"'],
      ['{"ignores": "a"}', '1:13 "ignores" moet een lijst van patronen zijn, bijvoorbeeld ["concepten/oud/**"]'],
      ['{"kleur": 1}', '1:2 onbekende sleutel "kleur"; kies uit "$schema", "root", "extends", "preset", "citatiestijl", "rules", "ignores"'],
      ['{"rules": []}', '1:11 "rules" moet een object zijn, bijvoorbeeld { "KB206": "off" }'],
      ['{"rules": {"KB101": 5}}', '1:21 instelling van regel "KB101" moet een ernst ("off", "info", "warning", "error") of { "severity", "options" } zijn'],
      ['{"rules": {"KB101": {"severity": "hard"}}}', '1:34 onbekende ernst "hard" bij regel "KB101"; kies "off", "info", "warning" of "error"'],
      ['{"rules": {"KB101": {"ernst": "off"}}}', '1:22 onbekende sleutel "ernst" bij regel "KB101"; kies "severity" of "options"'],
      ['{"rules": {"KB101": {"options": 3}}}', '1:33 "options" van regel "KB101" moet een object zijn'],
      ['{"rules": {"KB106": {"options": {"stijl": "raar"}}}}', '1:43 ongeldige waarde "raar" voor optie "stijl" bij regel "KB106"; kies "brief" of "leidraad"'],
      ['{"rules": {"KB106": {"options": {"kleur": 1}}}}', '1:34 onbekende optie "kleur" bij regel "KB106"; kies uit "stijl"'],
      ['{"rules": {"KB101": {"options": {"kleur": 1}}}}', '1:34 onbekende optie "kleur" bij regel "KB101"; deze regel heeft geen opties'],
      ['{"rules": {"kamerstuk-notatie": "off", "KB999": "off"}}', '1:40 onbekende regel "KB999"; gebruik een regelnummer (KB101) of alias (kamerstuk-notatie) uit de catalogus'],
      ['', '1:1 het bestand bevat geen configuratie; schrijf {} voor een lege configuratie of verwijder het bestand'],
      ['// alleen commentaar\n', '1:1 het bestand bevat geen configuratie; schrijf {} voor een lege configuratie of verwijder het bestand'],
    ];
    for (const [text, said] of cases) {
      assert.deepEqual(problems(text), [said], text);
      assert.equal(parseConfigText(text).config, null, text);
    }
    // Every bad pattern is named, on its own line and column.
    assert.deepEqual(problems('{\n  "ignores": ["", 3, "ok/**"]\n}'), ['2:15 patroon "" in "ignores" moet een niet-lege tekst zijn', '2:19 patroon 3 in "ignores" moet een niet-lege tekst zijn']);
    // A long value is shortened in the message.
    assert.match(problems(`{"preset": "${'x'.repeat(60)}"}`)[0]!, /onbekende voorinstelling "x{38}… bij "preset"/);
  });

  it('broken JSON: each syntax problem once, and too deep a nesting as one message', () => {
    assert.deepEqual(problems('{"rules": {'), ['1:12 sluitaccolade (}) verwacht']);
    const deep = `{"a": ${'['.repeat(70)}1${']'.repeat(70)}}`;
    assert.deepEqual(problems(deep), ['1:70 te diep genest (meer dan 64 niveaus); een configuratie heeft er hooguit een paar nodig']);
    // 64 levels deep is allowed: whatever else is wrong, it is not the depth.
    assert.ok(!problems(`{"a": ${'['.repeat(63)}1${']'.repeat(63)}}`).some((p) => p.includes('te diep')));
    // Broken on every line: every problem placed on its own line and column.
    const many = parseConfigText(`{\n${'1,\n'.repeat(2_000)}}`).problems;
    assert.equal(many.length, 4_000);
    assert.deepEqual([many[0], many.at(-1)].map((p) => `${p!.line}:${p!.column}`), ['2:1', '2001:2']);
  });

  it('in a package.json, only the "kamerbrief" key is ours', () => {
    assert.deepEqual(parseConfigText('{"name": "x", "kamerbrief": {"preset": "streng"}}', true), { config: { rules: {}, ignores: [], preset: 'streng' }, problems: [] });
    // Without the key, or broken without it, or deep without it: not ours, no config and no complaint.
    for (const text of ['{"name": "x"}', '{ broken', `{"a": ${'['.repeat(70)}1${']'.repeat(70)}}`, '[1]']) {
      assert.deepEqual(parseConfigText(text, true), { config: null, problems: [] }, text);
    }
    assert.deepEqual(problems('{"kamerbrief": ', true), ['1:16 package.json is geen geldige JSON (waarde verwacht), dus de sleutel "kamerbrief" kan niet worden gelezen']);
    assert.deepEqual(problems('{"kamerbrief"}', true), ['1:14 package.json is geen geldige JSON (dubbele punt (:) verwacht), dus de sleutel "kamerbrief" kan niet worden gelezen']);
    assert.deepEqual(problems('{"kamerbrief": 5}', true), ['1:16 de configuratie moet een object zijn, bijvoorbeeld { "extends": "aanbevolen" }']);
    assert.deepEqual(problems(`{"kamerbrief": ${'['.repeat(70)}1${']'.repeat(70)}}`, true), ['1:79 te diep genest (meer dan 64 niveaus); een configuratie heeft er hooguit een paar nodig']);
    // Comments are no JSON in a package.json.
    assert.deepEqual(problems('{"kamerbrief": {} // nee\n}', true), ['1:19 package.json is geen geldige JSON (ongeldig commentaar), dus de sleutel "kamerbrief" kan niet worden gelezen']);
  });
});
