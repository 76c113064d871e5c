// Configuration files: JSONC parsing with positions, validation, the cascade (nearest wins, git
// root and "root": true stop it, package.json "kamerbrief"), presets, citatiestijl, ignores,
// --config, and the generated JSON Schema being current.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseConfigText } from '../../server/src/core/config/parse.js';
import { mergeConfigs, toLintConfig } from '../../server/src/core/config/merge.js';
import { buildSchema } from '../../server/src/core/config/schema.js';
import { lintText } from '../../server/src/core/lint.js';
import { ROOT } from '../helpers/paths.js';
import { json, kb, SLIP, tempTree, write } from './config-helpers.js';

const WARNING_DRAFT = 'Tekst.[^1]\n\n[^1]: Kamerstuk 29 754, nr. 482.\n[^2]: Kamerstuk 29 754, nr. 451.\n'; // KB202 (warning)
const MIXED = 'Zie Kamerstuk 29 754, nr. 482 en Kamerstukken II 2015/16, 34442, nr. 3, p. 7.\n';

describe('configuration: parsing and validation (core)', () => {
  it('reads JSONC with comments and trailing commas; aliases become ids', () => {
    const r = parseConfigText('{\n  // streng voor de desk\n  "extends": "streng",\n  "rules": { "voetnoot-plaatsing": "off", "KB101": { "severity": "warning" }, },\n  "citatiestijl": "leidraad",\n}\n');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config, { preset: 'streng', citatiestijl: 'leidraad', rules: { KB206: { severity: 'off' }, KB101: { severity: 'warning' } }, ignores: [] });
  });

  it('an empty file or one with only comments is a problem, not silently no configuration (issue 11)', () => {
    for (const text of ['', '// nog niets\n']) {
      const r = parseConfigText(text);
      assert.equal(r.config, null);
      assert.match(r.problems[0]!.message, /bevat geen configuratie; schrijf \{\} voor een lege configuratie/);
    }
    assert.deepEqual(parseConfigText('{}').config, { rules: {}, ignores: [] });
  });

  it('gives line and column of syntax errors, in Dutch', () => {
    const r = parseConfigText('{\n  "rules": {\n    "KB101": "error"\n    "KB102": "off"\n  }\n}\n');
    assert.equal(r.config, null);
    assert.deepEqual(r.problems.map((p) => [p.line, p.column, p.message]), [[4, 5, 'komma verwacht']]);
  });

  it('names unknown rules, bad severities, unknown keys and bad presets at their place', () => {
    const text = '{\n  "rulez": {},\n  "rules": {\n    "KB999": "off",\n    "KB101": "fout",\n    "KB102": { "ernst": "off" }\n  },\n  "extends": "los"\n}\n';
    const r = parseConfigText(text);
    assert.equal(r.config, null);
    const got = r.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    assert.equal(got.length, 5, got.join('\n'));
    assert.match(got[0]!, /^2:3 onbekende sleutel "rulez"; kies uit/);
    assert.match(got[1]!, /^4:5 onbekende regel "KB999"; gebruik een regelnummer \(KB101\) of alias/);
    assert.match(got[2]!, /^5:14 onbekende ernst "fout" bij regel "KB101"; kies "off", "info", "warning" of "error"/);
    assert.match(got[3]!, /^6:16 onbekende sleutel "ernst" bij regel "KB102"/);
    assert.match(got[4]!, /^8:14 onbekende voorinstelling "los" bij "extends"; kies "aanbevolen", "streng" of "verzending"/);
  });

  it('package.json: only the "kamerbrief" key counts; without it there is no configuration', () => {
    assert.deepEqual(parseConfigText('{ "name": "x" }', true), { config: null, problems: [] });
    assert.deepEqual(parseConfigText('{ "name": "x", "kamerbrief": { "rules": { "KB101": "off" } } }', true).config, { rules: { KB101: { severity: 'off' } }, ignores: [] });
    const bad = parseConfigText('{\n  "kamerbrief": { "regels": {} }\n}', true);
    assert.equal(bad.problems[0]!.line, 2);
    assert.match(bad.problems[0]!.message, /onbekende sleutel "regels"/);
  });

  it('merges nearest-wins and turns citatiestijl and preset into the engine config', () => {
    const far = parseConfigText('{ "extends": "streng", "citatiestijl": "leidraad", "rules": { "KB101": "off", "KB106": { "severity": "error" } } }').config!;
    const near = parseConfigText('{ "rules": { "KB101": "info" } }').config!;
    const merged = mergeConfigs([{ base: '/a', config: far }, { base: '/a/b', config: near }]);
    assert.deepEqual(toLintConfig(merged), { preset: 'streng', rules: { KB101: { severity: 'info' }, KB106: { severity: 'error', options: { stijl: 'leidraad' } } } });
  });

  it('streng: warnings become errors, infos stay info, an explicit severity wins', () => {
    const draft = WARNING_DRAFT + '\nZie Kamerstuk 29 754, nr. 482.[^3] En de motie[^4].\n\n[^3]: Kamerstuk 29 754, nr. 451.\n[^4]: Kamerstuk 29 754, nr. 452.\n';
    const plain = lintText(draft).messages;
    const strict = lintText(draft, { config: { preset: 'streng' } }).messages;
    assert.ok(plain.some((m) => m.severity === 'warning'), 'the draft has a warning');
    assert.deepEqual(strict.filter((m) => m.severity === 'warning'), []);
    assert.deepEqual(
      strict.map((m) => `${m.ruleId}:${m.severity}`),
      plain.map((m) => `${m.ruleId}:${m.severity === 'warning' ? 'error' : m.severity}`),
    );
    const explicit = lintText(draft, { config: { preset: 'streng', rules: { KB202: 'warning' } } }).messages;
    assert.ok(explicit.some((m) => m.ruleId === 'KB202' && m.severity === 'warning'));
  });

  it('the JSON Schema in schemas/ is generated from the current rules (npm run schema)', async () => {
    const stored = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'kamerbrief.schema.json'), 'utf8')) as unknown;
    assert.deepEqual(stored, buildSchema(), 'schemas/kamerbrief.schema.json is stale: run npm run schema');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string[]; url: string }[] } };
    const v = pkg.contributes.jsonValidation.find((j) => j.url === './schemas/kamerbrief.schema.json');
    assert.deepEqual(v?.fileMatch.sort(), ['.kamerbrief.json', '.kamerbrief.jsonc']);
  });
});

describe('configuration: the cascade in the CLI', () => {
  const dirs: string[] = [];
  const tree = (files: Record<string, string>): string => {
    const d = tempTree(files);
    dirs.push(d);
    fs.mkdirSync(path.join(d, 'repo', '.git'), { recursive: true });
    return d;
  };
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const severities = async (dir: string, args: string[] = []): Promise<Record<string, string[]>> => {
    const r = await kb(['lint', '--format', 'json', '--no-cache', ...args], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    return Object.fromEntries(json(r).map((f) => [f.file, f.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
  };

  it('nearest file wins per rule; the git root stops the search upwards', async () => {
    const d = tree({
      '.kamerbrief.jsonc': '{ "rules": { "KB101": "off" } }', // above the repository: not read
      'repo/.kamerbrief.jsonc': '{ "rules": { "KB101": "warning", "KB202": "info" } }',
      'repo/a.md': SLIP,
      'repo/sub/.kamerbrief.json': '{ "rules": { "kamerstuk-notatie": "info" } }',
      'repo/sub/b.md': SLIP + '\nTekst.[^1]\n\n[^1]: Noot.\n[^2]: Ongebruikt.\n',
    });
    assert.deepEqual(await severities(path.join(d, 'repo')), { 'a.md': ['KB101:warning'], 'sub/b.md': ['KB101:info', 'KB202:info'] });
  });

  it('"root": true stops the search; .kamerbrief.jsonc goes before .kamerbrief.json and package.json', async () => {
    const d = tree({
      'repo/.kamerbrief.jsonc': '{ "rules": { "KB202": "off" } }',
      'repo/x/.kamerbrief.jsonc': '{ "root": true, "rules": { "KB101": "info" } }',
      'repo/x/.kamerbrief.json': '{ "rules": { "KB101": "off" } }',
      'repo/x/package.json': '{ "kamerbrief": { "rules": { "KB101": "off" } } }',
      'repo/x/a.md': SLIP + '\nTekst.[^1]\n\n[^1]: Noot.\n[^2]: Ongebruikt.\n',
    });
    assert.deepEqual(await severities(path.join(d, 'repo')), { 'x/a.md': ['KB101:info', 'KB202:warning'] });
  });

  it('reads the "kamerbrief" key of package.json', async () => {
    const d = tree({ 'repo/package.json': '{ "name": "brieven", "kamerbrief": { "rules": { "KB101": "warning" } } }', 'repo/a.md': SLIP });
    const r = await kb(['lint', '--no-cache'], path.join(d, 'repo'));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /waarschuwing/);
  });

  it('extends "streng" turns warnings into errors and fails the run', async () => {
    const d = tree({ 'repo/a.md': WARNING_DRAFT });
    const repo = path.join(d, 'repo');
    assert.equal((await kb(['lint', '--no-cache'], repo)).code, 0);
    write(repo, { '.kamerbrief.jsonc': '{ "extends": "streng" }' });
    assert.deepEqual(await severities(repo), { 'a.md': ['KB202:error'] });
    assert.equal((await kb(['lint', '--no-cache'], repo)).code, 1);
  });

  it('citatiestijl picks the style KB106 expects', async () => {
    const d = tree({ 'repo/a.md': MIXED, 'repo/l/.kamerbrief.jsonc': '{ "citatiestijl": "leidraad" }', 'repo/l/b.md': MIXED });
    const r = json(await kb(['lint', '--format', 'json', '--no-cache'], path.join(d, 'repo')));
    const col = (file: string): number[] => r.find((f) => f.file === file)!.messages.filter((m) => m.ruleId === 'KB106').map((m) => (m as unknown as { column: number }).column);
    assert.deepEqual(col('a.md'), [34]);
    assert.deepEqual(col('l/b.md'), [5]);
  });

  it('ignores (relative to the config file) skip found files, not named ones', async () => {
    const d = tree({
      'repo/.kamerbrief.jsonc': '{ "ignores": ["oud/**", "*.concept.md"] }',
      'repo/a.md': SLIP,
      'repo/oud/b.md': SLIP,
      'repo/sub/c.concept.md': SLIP,
      'repo/sub/d.md': SLIP,
    });
    const repo = path.join(d, 'repo');
    assert.deepEqual(Object.keys(await severities(repo)).sort(), ['a.md', 'sub/d.md']);
    assert.deepEqual(Object.keys(await severities(repo, ['oud/b.md'])), ['oud/b.md']);
  });

  it('a broken config file: exit 2 with file:line:col and a Dutch explanation, one line', async () => {
    const d = tree({ 'repo/a.md': SLIP, 'repo/.kamerbrief.jsonc': '{\n  "rules": {\n    "KB101": "error",,\n  }\n}\n' });
    const r = await kb(['lint', '--no-cache'], path.join(d, 'repo'));
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^kamerbrief: \.kamerbrief\.jsonc:3:22: sleutel tussen aanhalingstekens verwacht\n$/);
  });

  it('an unknown rule id in a nested config: exit 2 naming that file and place', async () => {
    const d = tree({ 'repo/sub/a.md': SLIP, 'repo/sub/.kamerbrief.json': '{ "rules": { "KB109": "off" } }' });
    const r = await kb(['lint', '--no-cache'], path.join(d, 'repo'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief: sub\/\.kamerbrief\.json:1:14: onbekende regel "KB109"; gebruik een regelnummer \(KB101\) of alias \(kamerstuk-notatie\) uit de catalogus\n$/);
  });

  it('--config uses only the given file; a missing one is exit 2', async () => {
    const d = tree({ 'repo/.kamerbrief.jsonc': '{ "rules": { "KB101": "off" } }', 'repo/a.md': SLIP, 'elders.jsonc': '{ "rules": { "KB101": "info" } }' });
    const repo = path.join(d, 'repo');
    assert.deepEqual(await severities(repo), { 'a.md': [] });
    assert.deepEqual(await severities(repo, ['--config', '../elders.jsonc']), { 'a.md': ['KB101:info'] });
    const r = await kb(['lint', '--config', 'weg.jsonc'], repo);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief: configuratiebestand "weg\.jsonc" bestaat niet; controleer het pad bij --config\n$/);
  });

  it('--config naming a package.json without a "kamerbrief" key is exit 2, not silently no configuration', async () => {
    const d = tree({ 'repo/a.md': SLIP, 'repo/package.json': '{ "name": "brieven" }' });
    const repo = path.join(d, 'repo');
    const r = await kb(['lint', '--no-cache', '--config', 'package.json'], repo);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'kamerbrief: package.json: bevat geen configuratie (package.json zonder sleutel "kamerbrief"); controleer het pad bij --config\n');
    assert.equal(r.stdout, '');
  });

  it('--preset overrides the preset of every file\'s configuration', async () => {
    const d = tree({ 'repo/.kamerbrief.jsonc': '{ "extends": "streng" }', 'repo/a.md': WARNING_DRAFT });
    const repo = path.join(d, 'repo');
    assert.deepEqual(await severities(repo), { 'a.md': ['KB202:error'] });
    assert.deepEqual(await severities(repo, ['--preset', 'aanbevolen']), { 'a.md': ['KB202:warning'] });
  });

  it('a changed config is not hidden by the result cache', async () => {
    const d = tree({ 'repo/a.md': SLIP });
    const repo = path.join(d, 'repo');
    const cache = ['--cache-location', path.join(d, 'cache')];
    assert.equal((await kb(['lint', ...cache], repo)).code, 1);
    write(repo, { '.kamerbrief.jsonc': '{ "rules": { "KB101": "warning" } }' });
    assert.equal((await kb(['lint', ...cache], repo)).code, 0);
  });
});
