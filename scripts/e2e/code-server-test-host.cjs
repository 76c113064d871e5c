#!/usr/bin/env node
// Runs VS Code extension tests in code-server's real extension host (the shared testing notes, TESTING.md §1b):
// code-server on loopback, headless Chromium opens the workbench with a payload naming the
// extension and the tests; the page reports the exit code through codeAutomationExit.
//   code-server-test-host.cjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]
// Env: CODE_SERVER (binary), PORT (default 8124), TEST_TIMEOUT_MS, VERBOSE=1,
//      UNTRUSTED=1 (workspace trust on, the folder not trusted: Restricted Mode),
//      USER_SETTINGS (JSON object merged into the user settings, e.g. the data folder)
const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');
const util = require('util');

const argv = process.argv.slice(2);
const flag = (n) => argv.filter((a) => a.startsWith(`--${n}=`)).map((a) => path.resolve(a.slice(n.length + 3)));
const extDevs = flag('extensionDevelopmentPath');
const [extTests] = flag('extensionTestsPath');
const [folder] = argv.filter((a) => !a.startsWith('--')).map((p) => path.resolve(p));
const CS = process.env.CODE_SERVER || path.resolve(__dirname, '../../.e2e/code-server/node_modules/.bin/code-server');
const host = `127.0.0.1:${process.env.PORT || 8124}`;
const verbose = !!process.env.VERBOSE;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-test-'));
fs.mkdirSync(`${tmp}/data/User`, { recursive: true });
fs.writeFileSync(`${tmp}/data/User/settings.json`, JSON.stringify({
  'workbench.startupEditor': 'none', 'update.mode': 'none', 'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false, 'git.enabled': false,
  ...(process.env.UNTRUSTED
    ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never', 'security.workspace.trust.untrustedFiles': 'open' }
    : { 'security.workspace.trust.enabled': false }),
  ...JSON.parse(process.env.USER_SETTINGS || '{}'),
  // KB_GEGEVENSMAP: the user's data folder (runs that need parliamentary data).
  ...(process.env.KB_GEGEVENSMAP ? { 'kamerbrief.gegevensmap': process.env.KB_GEGEVENSMAP } : {}),
}));
const env = { ...process.env, HOME: tmp, XDG_CONFIG_HOME: `${tmp}/.config`, XDG_DATA_HOME: `${tmp}/.local/share`, XDG_CACHE_HOME: `${tmp}/.cache` };
const server = spawn(CS, ['--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(process.env.UNTRUSTED ? [] : ['--disable-workspace-trust']),
  '--user-data-dir', `${tmp}/data`, '--extensions-dir', `${tmp}/ext`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, EXTENSIONS_GALLERY: '{}' } });
server.stdout.on('data', (d) => verbose && process.stdout.write(d));
server.stderr.on('data', (d) => verbose && process.stderr.write(d));
let browser;
const finish = async (code) => {
  await browser?.close().catch(() => {});
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
};
const timer = setTimeout(() => { console.error('TIMEOUT'); finish(124); }, Number(process.env.TEST_TIMEOUT_MS || 300000));
const noise = /^(Resolving connection|Resolved connection|Creating a socket|\[Service Worker\]|Updating additional builtin|Ignoring fetching|ChatSessionStore)/;
(async () => {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`http://${host}/healthz`)).ok) break; } catch {}
    if (i > 300) throw new Error('code-server did not start (VERBOSE=1)');
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  await page.exposeFunction('codeAutomationLog', (t, a) => { const s = util.format(...a); if (verbose || !noise.test(s)) console.log(s); });
  await page.exposeFunction('codeAutomationExit', (code) => { clearTimeout(timer); finish(code); });
  const remote = (p) => `vscode-remote://${host}${p}`;
  const payload = JSON.stringify([...extDevs.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(extTests)], ['skipWelcome', 'true']]);
  await page.goto(`http://${host}/?${folder ? 'folder=' + encodeURIComponent(folder) : 'ew=true'}&payload=${encodeURIComponent(payload)}`);
})().catch((e) => { console.error(e); finish(1); });
