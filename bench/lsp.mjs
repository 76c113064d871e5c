// npm run bench:lsp — editor latency of kamerbrief-language-server against VS Code's own
// Markdown language server (vscode-markdown-languageserver), same harness, same files, one run:
// time to first diagnostics, didChange → diagnostics while typing (p50/p95/max), hover latency,
// and the server's peak RSS. Our server pushes diagnostics; VS Code's is pulled
// (textDocument/diagnostic) right after each change, as VS Code does; its markdown-it
// tokenisation (markdown/parse, done by the client) is counted in its time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EDITS = Number(process.env.EDITS || 200);
const HOVERS = 100;

function letter() {
  return fs.readFileSync(path.join(ROOT, 'examples', 'brief-29754-501-moties-toezeggingen.md'), 'utf8');
}

/** ~1 MB: the letter's body repeated, footnote labels renumbered per copy so they stay unique. */
function bigDocument() {
  const text = letter();
  const fmEnd = text.indexOf('\n---\n', 4) + 5;
  const head = text.slice(0, fmEnd);
  const body = text.slice(fmEnd);
  const parts = [head];
  for (let k = 0; parts.join('').length < 1_000_000; k++) parts.push(body.replace(/\[\^(\d+)\]/g, (_, n) => `[^${Number(n) + 12 * k}]`) + '\n');
  return parts.join('');
}

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const SERVERS = {
  kamerbrief: { cmd: [path.join(ROOT, 'dist', 'server.js'), '--stdio'], pull: false },
  'vscode-markdown': { cmd: [path.join(ROOT, 'node_modules', 'vscode-markdown-languageserver', 'dist', 'node', 'workerMain.js'), '--stdio'], pull: true },
};

async function measure(name, text) {
  const server = SERVERS[name];
  const child = spawn(process.execPath, server.cmd, { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const md = new MarkdownIt({ html: true });
  const docs = new Map();
  const waiting = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiting.get(p.version);
    if (w) {
      waiting.delete(p.version);
      w(p);
    }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('markdown/parse', (p) => md.parse(p.text ?? docs.get(p.uri) ?? '', {}));
  conn.onRequest('markdown/findMarkdownFilesInWorkspace', () => []);
  conn.onRequest('markdown/fs/stat', () => undefined);
  conn.onRequest('markdown/fs/readDirectory', () => []);
  conn.onRequest('markdown/fs/watcher/create', () => null);
  conn.onRequest('markdown/fs/watcher/delete', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {}, publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { markdownFileExtensions: ['md'] },
  });
  conn.sendNotification('initialized', {});
  const level = { enabled: 'warning' };
  conn.sendNotification('workspace/didChangeConfiguration', {
    settings: { markdown: { validate: { enabled: true, referenceLinks: level, fragmentLinks: level, fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' }, ignoredLinks: [], unusedLinkDefinitions: level, duplicateLinkDefinitions: level }, preferredMdPathExtensionStyle: 'auto', suggest: { paths: { enabled: true } }, occurrencesHighlight: { enabled: false } } },
  });
  const uri = 'file:///bench/brief.md';
  docs.set(uri, text);
  const diagnosticsFor = (version) =>
    server.pull
      ? conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })
      : new Promise((resolve) => waiting.set(version, resolve));

  let t0 = performance.now();
  const first = diagnosticsFor(1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await first;
  const firstMs = performance.now() - t0;

  // Type into the middle of a paragraph, one character at a time.
  let current = text;
  const at = current.indexOf('Gemeenten hebben een regierol') + 'Gemeenten'.length;
  const lines = current.slice(0, at).split('\n');
  const pos = { line: lines.length - 1, character: lines.at(-1).length };
  const latencies = [];
  for (let v = 2; v < EDITS + 2; v++) {
    const ch = v % 5 === 0 ? ' ' : 'x';
    const offset = at + (v - 2);
    current = current.slice(0, offset) + ch + current.slice(offset);
    docs.set(uri, current);
    const p = { line: pos.line, character: pos.character + (v - 2) };
    t0 = performance.now();
    const done = server.pull ? null : diagnosticsFor(v);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: p, end: p }, text: ch }] });
    await (server.pull ? diagnosticsFor(v) : done);
    latencies.push(performance.now() - t0);
  }

  const hoverAt = current.split('\n').findIndex((l) => l.startsWith('[^3]:'));
  const hovers = [];
  for (let i = 0; i < HOVERS; i++) {
    t0 = performance.now();
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: hoverAt, character: 12 } });
    hovers.push(performance.now() - t0);
  }
  const rss = peakRss(child.pid);
  await conn.sendRequest('shutdown').catch(() => undefined);
  conn.sendNotification('exit');
  child.kill();
  return { firstMs, latencies, hovers, rss };
}

const fmt = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));
const files = [
  ['letter ~20 KB', letter()],
  ['document ~1 MB', bigDocument()],
];
if (!fs.existsSync(SERVERS.kamerbrief.cmd[0])) {
  console.error('dist/server.js ontbreekt: npm run build');
  process.exit(2);
}
console.log(`${EDITS} edits, ${HOVERS} hovers per file and server\n`);
console.log('file            server            first(ms)  change→diag p50   p95    max   hover p50  p95   peak RSS MB');
for (const [label, text] of files) {
  for (const name of Object.keys(SERVERS)) {
    const r = await measure(name, text);
    console.log(
      `${label.padEnd(15)} ${name.padEnd(17)} ${fmt(r.firstMs).padStart(8)}  ${fmt(percentile(r.latencies, 50)).padStart(14)} ${fmt(percentile(r.latencies, 95)).padStart(6)} ${fmt(Math.max(...r.latencies)).padStart(6)} ${fmt(percentile(r.hovers, 50)).padStart(10)} ${fmt(percentile(r.hovers, 95)).padStart(5)} ${String(r.rss ?? '–').padStart(10)}`,
    );
  }
}
console.log('\nTargets (issue): kamerbrief p95 ≤ 10 ms on 20 KB and ≤ 100 ms on 1 MB.');
