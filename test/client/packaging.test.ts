// The extension as the Marketplace and VS Code see it: every %key% of package.json has an English
// (package.nls.json) and a Dutch (package.nls.nl.json) text, and the .vsix that `npm run package`
// builds carries the Dutch user README (not the developer README), the icon and the CHANGELOG.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ROOT } from '../helpers/paths.js';

const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

/** Every "%key%" string anywhere in a JSON value. */
function nlsKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.add(m[1]!);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, out));
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(strFromU8(png.subarray(12, 16)), 'IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('extension packaging', () => {
  const pkg = JSON.parse(read('package.json')) as Record<string, unknown> & { contributes: { commands: { title: string; category: string }[]; configuration: { properties: Record<string, Record<string, unknown>> } } };
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const nl = JSON.parse(read('package.nls.nl.json')) as Record<string, string>;

  it('every %key% of package.json is in package.nls.json and package.nls.nl.json, and no file has keys of its own', () => {
    const used = nlsKeys(pkg);
    assert.ok(used.size > 20, `only ${used.size} keys`);
    for (const key of used) {
      assert.ok(typeof en[key] === 'string' && en[key].trim(), `package.nls.json: ${key}`);
      assert.ok(typeof nl[key] === 'string' && nl[key].trim(), `package.nls.nl.json: ${key}`);
    }
    assert.deepEqual(Object.keys(en).filter((k) => !used.has(k)), [], 'unused keys in package.nls.json');
    assert.deepEqual(Object.keys(nl).filter((k) => !used.has(k)), [], 'unused keys in package.nls.nl.json');
  });

  it('every command title and category, setting description and enum text is localised', () => {
    for (const c of pkg.contributes.commands) assert.match(`${c.title} ${c.category}`, /^%[^%]+% %[^%]+%$/, JSON.stringify(c));
    for (const [key, prop] of Object.entries(pkg.contributes.configuration.properties)) {
      for (const field of ['description', 'markdownDescription', 'markdownDeprecationMessage', 'deprecationMessage']) {
        if (field in prop) assert.match(String(prop[field]), /^%[^%]+%$/, `${key}.${field}`);
      }
      for (const field of ['enumDescriptions', 'enumItemLabels']) {
        for (const text of (prop[field] as string[] | undefined) ?? []) assert.match(text, /^%[^%]+%$/, `${key}.${field}`);
      }
      assert.ok('description' in prop || 'markdownDescription' in prop || 'markdownDeprecationMessage' in prop, `${key} has no text`);
    }
  });

  it('the settings shown in the Settings UI have Dutch keys (VS Code makes the title from the key)', () => {
    const shown = Object.entries(pkg.contributes.configuration.properties).filter(([, p]) => !p['markdownDeprecationMessage']);
    const titles = shown.map(([key]) => key.slice('kamerbrief.'.length));
    // trace.server is the one English key: vscode-languageclient reads `<id>.trace.server` by that name.
    assert.deepEqual(titles, ['ingeschakeld', 'controlemoment', 'regels', 'focusmodus', 'citatiestijl', 'overzicht.koppen', 'voorbeeld.briefopmaak', 'gegevensmap', 'gegevensbron', 'trace.server']);
  });

  it('the committed icon is what scripts/draw-icon.mjs draws, 128×128', async () => {
    const { iconPng } = (await import(path.join(ROOT, 'scripts', 'draw-icon.mjs'))) as { iconPng: () => Buffer };
    const drawn = iconPng();
    assert.deepEqual(pngSize(drawn), [128, 128]);
    assert.ok(fs.readFileSync(path.join(ROOT, 'images', 'icon.png')).equals(drawn), 'images/icon.png is stale: run npm run icon');
  });

  describe('the .vsix', function () {
    this.timeout(120_000);
    let tmp = '';
    let files: Record<string, Uint8Array> = {};
    before(function () {
      if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.cjs'))) this.skip(); // built by scripts/test.sh before mocha
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-vsix-'));
      const out = path.join(tmp, 'kamerbrief.vsix');
      // The same command as `npm run package` after its build.
      const r = spawnSync('npm', ['run', '-s', 'package:vsix', '--', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      files = unzipSync(fs.readFileSync(out));
    });
    after(() => {
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('holds the Dutch user README, not the developer README', () => {
      const readme = strFromU8(files['extension/readme.md']!);
      assert.equal(readme, read('marketplace/README.md'));
      assert.match(readme, /Kamerbrief controleert Kamerbrieven/);
      assert.doesNotMatch(readme, /npm ci|npm run demo/);
      assert.equal(files['extension/README.md'], undefined);
    });

    it('holds the icon, the CHANGELOG and both nls files', () => {
      assert.deepEqual(pngSize(files['extension/images/icon.png']!), [128, 128]);
      assert.equal(strFromU8(files['extension/changelog.md']!), read('CHANGELOG.md'));
      assert.equal(strFromU8(files['extension/package.nls.json']!), read('package.nls.json'));
      assert.equal(strFromU8(files['extension/package.nls.nl.json']!), read('package.nls.nl.json'));
    });

    it('its manifest names the icon, the repository, the README and the CHANGELOG', () => {
      const manifest = strFromU8(files['extension.vsixmanifest']!);
      assert.match(manifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
      assert.match(manifest, /https:\/\/github\.com\/kamerbrief\/kamerbrief/);
      assert.match(manifest, /Path="extension\/readme\.md"/);
      assert.match(manifest, /Path="extension\/changelog\.md"/);
      assert.doesNotMatch(manifest, /example\.invalid/);
    });
  });
});
