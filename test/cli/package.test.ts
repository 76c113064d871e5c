// The npm package as a user gets it. A copy of the sources without dist/ (a clean clone) is packed
// once: `prepare` must build the bundles and declarations into the tarball. The tarball is then
// installed offline into an empty project (it has no runtime dependencies, so npm needs no
// registry): the two commands, `import('kamerbrief')` and its types. Last, the pre-commit hook the
// way pre-commit runs a node hook: the packed tarball installed globally, the entry of
// .pre-commit-hooks.yaml run with the staged files.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type InitializeResult, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/paths.js';

const SLIP = 'Zie Kamerstuk 29754, nr. 482 voor de motie.\n';
const CLEAN = 'Zie Kamerstuk 29 754, nr. 482 voor de motie.\n';
const EXPECTED = /1:5 +fout +Onverwachte notatie "Kamerstuk 29754, nr. 482", verwacht "Kamerstuk 29 754, nr. 482".*KB101 kamerstuk-notatie/;
// What a clean clone does not have (the same list as .ci/run's copy of an unpacked archive).
const NOT_IN_CLONE = new Set(['node_modules', 'out', 'dist', '.e2e', '.git', '.kamerbrief-cache', 'bench/.corpus']);

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    // The user's data folder stays out of it; npm neither nags nor phones home.
    env: { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: path.join(cwd, 'geen-gegevens'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false', ...env },
  });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what}: ${r.error ?? ''}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('npm package: packed from a clean clone, installed offline', function () {
  this.timeout(240_000);
  let tmp = '';
  let tgz = '';
  let packed: string[] = [];
  let project = '';

  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-pack-')));
    const clone = path.join(tmp, 'clone');
    fs.cpSync(ROOT, clone, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(ROOT, src).split(path.sep).join('/');
        return !NOT_IN_CLONE.has(rel) && !/^out-|\.(vsix|tgz)$/.test(rel);
      },
    });
    assert.ok(!fs.existsSync(path.join(clone, 'dist')), 'the clone has no build');
    // Stands in for the `npm install` before packing (pre-commit and git installs run one).
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    const out = ok(run('npm', ['pack', '--json', '--pack-destination', tmp], clone), 'npm pack');
    const info = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0]!;
    tgz = path.join(tmp, info.filename);
    packed = info.files.map((f) => f.path);
    project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'gebruiker', private: true, type: 'module' }));
    fs.writeFileSync(path.join(project, 'concept.md'), SLIP);
    ok(run('npm', ['install', tgz, '--offline'], project), 'npm install <tarball>');
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the tarball holds the built CLI, language server, library and declarations, and no runtime dependency', () => {
    for (const f of ['bin/kamerbrief.js', 'bin/kamerbrief-language-server.js', 'dist/cli.js', 'dist/server.js', 'dist/api.js', 'dist/types/index.d.ts', 'dist/types/types.d.ts', 'dist/extension.cjs', 'package.json']) {
      assert.ok(packed.includes(f), `${f} in ${packed.join(', ')}`);
    }
    assert.ok(!packed.some((f) => f.startsWith('server/') || f.startsWith('test/') || f.endsWith('.map')), packed.join(', '));
    const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'kamerbrief', 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys((manifest['dependencies'] as object | undefined) ?? {}), []);
    assert.equal(manifest['private'], undefined);
    assert.deepEqual(fs.readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.')), ['kamerbrief'], 'nothing else installed');
  });

  it('npx kamerbrief lint: exit 1 with the message for a slip, exit 0 once fixed', () => {
    const r = run('npx', ['--offline', 'kamerbrief', 'lint', 'concept.md', '--no-cache'], project);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, EXPECTED);
    const fixed = run('npx', ['--offline', 'kamerbrief', 'lint', '--fix', 'concept.md', '--no-cache'], project);
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.equal(fs.readFileSync(path.join(project, 'concept.md'), 'utf8'), CLEAN);
    fs.writeFileSync(path.join(project, 'concept.md'), SLIP);
  });

  it('kamerbrief-language-server --stdio answers initialize with its capabilities and publishes diagnostics', async () => {
    const server = spawn(path.join(project, 'node_modules', '.bin', 'kamerbrief-language-server'), ['--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    const client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const uri = 'file://' + path.join(project, 'concept.md');
    const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      }));
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    try {
      const init = (await client.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { workspace: { configuration: true } },
        initializationOptions: { gegevensmap: path.join(tmp, 'geen-gegevens') },
      })) as InitializeResult;
      assert.equal(init.serverInfo?.name.toLowerCase().includes('kamerbrief'), true, JSON.stringify(init.serverInfo));
      const caps = init.capabilities;
      assert.ok(caps.textDocumentSync !== undefined, 'textDocumentSync');
      assert.ok(caps.hoverProvider, 'hover');
      assert.ok(caps.codeActionProvider, 'code actions');
      await client.sendNotification('initialized', {});
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: SLIP } });
      const d = await diagnostics;
      assert.deepEqual(d.diagnostics.map((x) => [x.code, x.range.start.line, x.range.start.character]), [['KB101', 0, 4]]);
      await client.sendRequest('shutdown');
      await client.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      client.dispose();
      server.kill();
    }
  });

  it("import('kamerbrief') gives lint, citations and fix over the installed bundle", () => {
    const script = `
      import { lint, citations, fix } from 'kamerbrief';
      const text = ${JSON.stringify(SLIP)};
      console.log(JSON.stringify({ lint: lint(text), citations: citations(text).map((c) => c.canonical), fix: fix(text) }));`;
    const out = JSON.parse(ok(run(process.execPath, ['--input-type=module', '-e', script], project), 'import')) as {
      lint: { ruleId: string; line: number; column: number; endColumn: number; message: string; fix?: unknown }[];
      citations: string[];
      fix: string;
    };
    assert.deepEqual(out.lint.map((m) => [m.ruleId, m.line, m.column, m.endColumn]), [['KB101', 1, 5, 29]]);
    assert.match(out.lint[0]!.message, /verwacht "Kamerstuk 29 754, nr. 482"/);
    assert.deepEqual(out.lint[0]!.fix, { range: [4, 28], text: 'Kamerstuk 29 754, nr. 482' });
    assert.deepEqual(out.citations, ['Kamerstuk 29 754, nr. 482']);
    assert.equal(out.fix, CLEAN);
  });

  it('the declarations type-check a consumer, and are real types (misuse is a type error)', () => {
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['gebruik.ts'] }),
    );
    const consumer = `
      import { citations, fix, lint, type Citation, type KamerbriefConfig, type Message } from 'kamerbrief';
      const config: KamerbriefConfig = { extends: 'streng', rules: { KB206: 'off', 'kamerstuk-notatie': { severity: 'warning' } } };
      const messages: Message[] = lint('tekst', { config, data: './gegevens' });
      const line: number = messages[0]!.line;
      const severity: 'error' | 'warning' | 'info' = messages[0]!.severity;
      const found: Citation[] = citations('tekst');
      const kind: string = found[0]!.kind;
      const fixed: string = fix('tekst', { config: '{ "rules": {} }' });
      // @ts-expect-error the text must be a string
      lint(42);
      // @ts-expect-error lint gives messages, not a string
      const wrong: string = lint('tekst');
      // @ts-expect-error no such severity
      lint('tekst', { config: { rules: { KB101: 'uit' } } });
      // @ts-expect-error no such preset
      fix('tekst', { config: { extends: 'los' } });
      // @ts-expect-error a message has no such field
      messages[0]!.kolom;
      export { line, severity, kind, fixed, wrong };
    `;
    fs.writeFileSync(path.join(project, 'gebruik.ts'), consumer);
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = run(process.execPath, [tsc, '-p', project], project);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // And the check can fail: the same consumer without its expectations does not compile.
    fs.writeFileSync(path.join(project, 'gebruik.ts'), consumer.replace(/\/\/ @ts-expect-error.*\n/g, ''));
    const bad = run(process.execPath, [tsc, '-p', project], project);
    assert.equal(bad.status, 2, bad.stdout);
    assert.equal((bad.stdout.match(/error TS/g) ?? []).length, 5, bad.stdout);
  });

  it('the pre-commit hook: its entry, installed from the packed clean clone, lints the staged drafts', () => {
    const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
    const hook = hooks.find((h) => h.id === 'kamerbrief')!;
    assert.equal(hook.language, 'node');
    // pre-commit: `npm install -g <tarball of the hook repository>` into its own environment,
    // that environment's bin first on PATH, then the entry with the file names appended.
    const env = path.join(tmp, 'pre-commit-env');
    ok(run('npm', ['install', '-g', tgz, '--offline'], tmp, { npm_config_prefix: env }), 'npm install -g');
    const repo = path.join(tmp, 'repo');
    fs.mkdirSync(repo);
    fs.writeFileSync(path.join(repo, 'slordig.md'), SLIP);
    fs.writeFileSync(path.join(repo, 'netjes.md'), CLEAN);
    const [cmd, ...args] = hook.entry.split(/\s+/);
    const PATH = `${path.join(env, 'bin')}${path.delimiter}${process.env['PATH']}`;
    const bad = run(cmd!, [...args, 'slordig.md', 'netjes.md'], repo, { PATH });
    assert.equal(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /slordig\.md\n/);
    assert.match(bad.stdout, EXPECTED);
    const good = run(cmd!, [...args, 'netjes.md'], repo, { PATH });
    assert.equal(good.status, 0, good.stdout + good.stderr);
  });
});
