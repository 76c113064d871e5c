#!/usr/bin/env node
// UI test with Playwright against code-server started with --locale nl, the installed .vsix:
// 1. without a Dutch language pack, VS Code falls back to English: the Settings UI (filter
//    "kamerbrief") still shows the Dutch titles (they come from the keys), with the English
//    descriptions of package.nls.json;
// 2. with a Dutch language pack installed (an empty stand-in, test/e2e/nl-language-pack: the real
//    one cannot be downloaded offline), the descriptions come from package.nls.nl.json;
// 3. hovering a Kamerstuk citation shows the card;
// 4. "Kamerbrief: Voorbeeld in briefopmaak" from the command palette shows the draft in the letter
//    layout in the Markdown preview (the header, the house-style font and size from the stylesheet).
// Asserts on the DOM; the screenshots are kept in test/e2e/artifacts/ (gitignored) for a human eye.
// Usage: node scripts/e2e/ui-screenshots.cjs <vsix> <workspace folder>   Env: PORT (8133; run after the other e2e tests, so the same port is free), VERBOSE=1
const { chromium } = require('playwright-core');
const { spawn, spawnSync } = require('child_process');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [vsix, folder] = process.argv.slice(2).map((p) => path.resolve(p));
const ROOT = path.resolve(__dirname, '../..');
const CS = process.env.CODE_SERVER || path.join(ROOT, '.e2e/code-server/node_modules/.bin/code-server');
const host = `127.0.0.1:${process.env.PORT || 8133}`;
const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');
const verbose = !!process.env.VERBOSE;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-ui-'));
fs.mkdirSync(`${tmp}/data/User`, { recursive: true });
fs.writeFileSync(`${tmp}/data/User/settings.json`, JSON.stringify({ 'workbench.startupEditor': 'none', 'update.mode': 'none',
  'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false, 'security.workspace.trust.enabled': false, 'git.enabled': false,
  'workbench.tips.enabled': false, 'chat.commandCenter.enabled': false }));
const env = { ...process.env, HOME: tmp, XDG_CONFIG_HOME: `${tmp}/.config`, XDG_DATA_HOME: `${tmp}/.local/share`, XDG_CACHE_HOME: `${tmp}/.cache`, EXTENSIONS_GALLERY: '{}' };
const dirs = ['--user-data-dir', `${tmp}/data`, '--extensions-dir', `${tmp}/ext`];

function install(file) {
  const r = spawnSync(CS, [...dirs, '--install-extension', file], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`install ${file}: ${r.stdout}${r.stderr}`);
}

let server;
async function startServer() {
  server = spawn(CS, ['--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--locale', 'nl', ...dirs], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  server.stdout.on('data', (d) => verbose && process.stdout.write(d));
  server.stderr.on('data', (d) => verbose && process.stderr.write(d));
  for (let i = 0; ; i++) {
    try { if ((await fetch(`http://${host}/healthz`)).ok) break; } catch {}
    if (i > 300) throw new Error('code-server did not start (VERBOSE=1)');
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function stopServer() {
  if (!server) return;
  const exited = new Promise((r) => server.once('exit', r));
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  server = undefined;
}

/** The empty Dutch language pack, packaged into the temp folder. */
function languagePack() {
  const src = path.join(ROOT, 'test/e2e/nl-language-pack');
  const out = path.join(tmp, 'nl-language-pack.vsix');
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/vsce'), ['package', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: src, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`language pack: ${r.stdout}${r.stderr}`);
  return out;
}

/** Centre of the first occurrence of a word in the editor (Monaco merges tokens into spans). */
const wordBox = (page, word) => page.evaluate((w) => {
  const it = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines'), NodeFilter.SHOW_TEXT);
  for (let n; (n = it.nextNode());) {
    const i = n.textContent.indexOf(w);
    if (i < 0) continue;
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + w.length);
    const b = r.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }
  return null;
}, word);

/**
 * VS Code reads the installed display languages from <user data>/languagepacks.json, which its
 * language-pack service writes when a pack is installed from the running editor (a post-install
 * step); code-server's --install-extension command line does not run that step. Write the entry as
 * that service does (vs/platform/languagePacks/node/languagePacks.ts).
 */
function registerLanguagePack() {
  const id = 'kamerbrief-test.test-language-pack-nl';
  const dir = fs.readdirSync(`${tmp}/ext`).find((d) => d.startsWith(`${id}-`));
  assert.ok(dir, 'language pack installed');
  const extensions = [{ extensionIdentifier: { id }, version: '0.0.1' }];
  const hash = require('crypto').createHash('md5').update(JSON.stringify(extensions)).digest('hex');
  const packs = { nl: { hash, extensions, translations: { vscode: `${tmp}/ext/${dir}/translations/main.i18n.json` }, label: 'Nederlands' } };
  fs.writeFileSync(`${tmp}/data/languagepacks.json`, JSON.stringify(packs));
}

/** A letter draft for step 4, written into the workspace folder. */
const LETTER = `---
soort: brief
aan: Tweede Kamer
datum: 2024-05-16
onderwerp: Voortgang aanpak radicalisering
kenmerk: 5551234
---

Hierbij informeer ik u over de uitvoering van de motie van het lid Becker[^1] en de toezegging uit het
commissiedebat[^2]. Zie ook Kamerstuk 29 754, nr. 500.

## Stand van zaken

Het Rijk ondersteunt gemeenten in hun regierol.

De Minister van Justitie en Veiligheid,

D. Yeşilgöz-Zegerius

[^1]: Kamerstuk 29 754, nr. 451.
[^2]: Kamerstuk 29 754, nr. 482.
`;

/** The frame (the Markdown preview's webview) whose document has the letter, or null. */
async function letterFrame(page) {
  for (const frame of page.frames()) {
    try { if (await frame.locator('.kamerbrief-briefopmaak').count()) return frame; } catch {}
  }
  return null;
}

/** The Kamerbrief settings as the Settings UI shows them after filtering on "kamerbrief". */
async function settingsUi(page) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
  await page.keyboard.press('Control+Comma');
  const search = page.locator('.settings-editor .suggest-input-container .monaco-editor textarea').first();
  await search.waitFor({ timeout: 30000 });
  await search.fill('kamerbrief');
  await page.locator('.settings-editor .setting-item-contents .setting-item-label', { hasText: 'Ingeschakeld' }).first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(500);
  const items = await page.locator('.settings-editor .setting-item-contents').evaluateAll((els) => els.map((e) => ({
    category: e.querySelector('.setting-item-category')?.textContent?.trim() ?? '',
    title: e.querySelector('.setting-item-label')?.textContent?.trim() ?? '',
    description: e.querySelector('.setting-item-description')?.textContent?.trim() ?? '',
  })));
  const ours = items.filter((i) => /^Kamerbrief/.test(i.category));
  console.log('settings:\n  ' + ours.map((i) => `${i.category} ${i.title}: ${i.description.slice(0, 70)}`).join('\n  '));
  const titles = ours.map((i) => i.title);
  // The data settings are application-scoped, so they are on the User tab also in code-server (a
  // remote window, where machine-scoped settings would only be on the Remote tab).
  for (const t of ['Ingeschakeld', 'Controlemoment', 'Regels', 'Focusmodus', 'Citatiestijl', 'Gegevensmap', 'Gegevensbron']) assert.ok(titles.includes(t), `title ${t} in ${titles}`);
  for (const t of ['Enable', 'Run', 'Rules', 'Focus']) assert.ok(!titles.includes(t), `no English title ${t}`);
  return Object.fromEntries(ours.map((i) => [i.title, i.description]));
}

async function session(fn) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, env, args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nl'] });
  // Tall enough that the Settings UI's virtual list renders every Kamerbrief setting at once.
  const page = await browser.newPage({ viewport: { width: 1400, height: 2000 }, locale: 'nl-NL' });
  try {
    await page.goto(`http://${host}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.explorer-folders-view').waitFor({ timeout: 90000 });
    await fn(page);
  } catch (e) {
    await shot(page, 'failure.png').catch(() => {});
    throw e;
  } finally {
    await browser.close();
  }
}
const shot = async (page, name) => { const p = path.join(ARTIFACTS, name); await page.screenshot({ path: p }); console.log(`screenshot: ${p}`); };

async function main() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(folder, 'briefopmaak.md'), LETTER);
  install(vsix);
  // 1. --locale nl, no language pack: VS Code stays English, package.nls.json is used.
  await startServer();
  await session(async (page) => {
    const d = await settingsUi(page);
    await shot(page, 'settings-nl-without-language-pack.png');
    assert.equal(d['Ingeschakeld'], 'Check Markdown drafts of Kamerbrieven and answers to Kamervragen.', 'English description without a language pack');
  });
  await stopServer();
  // 2. With a Dutch language pack: package.nls.nl.json.
  install(languagePack());
  registerLanguagePack();
  await startServer();
  await session(async (page) => {
    const d = await settingsUi(page);
    await shot(page, 'settings-nl.png');
    assert.equal(d['Ingeschakeld'], 'Controleer Markdown-concepten van Kamerbrieven en antwoorden op Kamervragen.', 'Dutch description from package.nls.nl.json');
    assert.equal(d['Focusmodus'], 'Focusmodus: toon alleen fouten, geen waarschuwingen of meldingen.');
    assert.equal(d['Controlemoment'], 'Wanneer Kamerbrief controleert.');

    // 3. The hover card on a Kamerstuk citation.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'concept.md' }).first().click();
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90000 }); // the server is up
    const box = await wordBox(page, '482'); // Monaco renders spaces as no-break spaces: one word
    assert.ok(box, 'citation on screen');
    const card = page.locator('.monaco-hover .hover-contents', { hasText: 'Kamerstuk' }).first();
    // A hover can be lost while the editor is still settling: move off and back on, a few times.
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(box.x - 200, box.y + 300);
      await page.mouse.move(box.x, box.y, { steps: 5 });
      const shown = await card.waitFor({ timeout: 10000 }).then(() => true, () => false);
      if (shown) break;
      if (attempt === 4) throw new Error('no hover card on the citation after 4 attempts');
    }
    await page.waitForTimeout(500); // the hover fades in
    const text = await card.innerText();
    console.log('hover:', text.replace(/\s+/g, ' ').slice(0, 200));
    assert.match(text, /Kamerstuk 29 754, nr\. 482/, 'the card names the citation');
    const link = await page.locator('.monaco-hover a[href*="kst-29754-482"], .monaco-hover a[data-href*="kst-29754-482"]').count();
    assert.ok(link > 0, 'the card links to officielebekendmakingen.nl');
    await shot(page, 'hover-kamerstuk.png');

    // 4. The preview in the letter layout, through the command palette.
    await page.keyboard.press('Escape');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'briefopmaak.md' }).first().click();
    await page.locator('.monaco-editor .view-lines', { hasText: 'onderwerp' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('F1');
    await page.keyboard.type('Voorbeeld in briefopmaak');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Voorbeeld in briefopmaak' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    let frame = null;
    for (let i = 0; i < 300 && !frame; i++) {
      frame = await letterFrame(page);
      if (!frame) await page.waitForTimeout(100);
    }
    assert.ok(frame, 'the preview shows the letter layout');
    const letter = frame.locator('.kamerbrief-briefopmaak');
    const look = await letter.evaluate((e) => { const s = getComputedStyle(e); return { text: e.innerText, font: s.fontFamily, size: s.fontSize, background: s.backgroundColor }; });
    console.log('letter:', JSON.stringify({ ...look, text: look.text.replace(/\s+/g, ' ').slice(0, 160) }));
    assert.match(look.text, /Aan de Voorzitter van de Tweede Kamer der Staten-Generaal/);
    assert.match(look.text, /Datum\s+16 mei 2024/);
    assert.match(look.text, /Ons kenmerk\s+5551234/);
    assert.match(look.font, /^"RO Sans", Verdana/, 'the stylesheet is applied');
    assert.equal(look.size, '12px', '9 pt');
    const label = await frame.locator('.kb-kenmerken dt').first().evaluate((e) => getComputedStyle(e).fontSize);
    assert.ok(Math.abs(parseFloat(label) - (6.5 * 4) / 3) < 0.01, `6.5 pt labels: ${label}`);
    await page.waitForTimeout(500);
    await shot(page, 'voorbeeld-briefopmaak.png');
  });
}

main().then(() => 0, (e) => { console.error(e.stack || String(e)); return 1; }).then(async (code) => {
  await stopServer();
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
});
