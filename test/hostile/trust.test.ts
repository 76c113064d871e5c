// Issue 11 point 6: package.json declares untrustedWorkspaces "limited" ("In een niet-vertrouwde
// werkruimte controleert Kamerbrief alleen open documenten; instellingen van de werkruimte voor
// de gegevensmap worden genegeerd."), but the client never looked at workspace.isTrusted. The
// client logic runs here with a stubbed workspace (as test/client/*.test.ts do; a code-server
// trust test was not built), the server part through the in-process LSP harness.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver';
import { followTrust, initializationOptions, TRUST_GRANTED } from '../../client/src/trust.js';
import { startHarness } from '../lsp/harness.js';

function config(values: Record<string, { globalValue?: string; workspaceValue?: string }>) {
  return { inspect: <T>(key: string) => values[key] as unknown as { key: string; globalValue?: T } | undefined };
}

function workspace(isTrusted: boolean) {
  const listeners: (() => void)[] = [];
  return {
    isTrusted,
    onDidGrantWorkspaceTrust: (l: () => void) => {
      listeners.push(l);
      return { dispose: () => listeners.splice(listeners.indexOf(l), 1) };
    },
    grant: () => listeners.forEach((l) => l()),
    listeners,
  };
}

describe('workspace trust (untrustedWorkspaces: "limited")', () => {
  it('an untrusted workspace starts the server limited, a trusted one not; workspace data settings never count', () => {
    const settings = config({ gegevensmap: { workspaceValue: '/tmp/kwaadaardig' }, gegevensbron: { globalValue: 'https://gegevens.example.nl/' } });
    assert.deepEqual(initializationOptions(false, settings), { gegevensmap: null, gegevensbron: 'https://gegevens.example.nl/', beperkt: true });
    assert.deepEqual(initializationOptions(true, settings), { gegevensmap: null, gegevensbron: 'https://gegevens.example.nl/', beperkt: false });
  });

  it('listens to onDidGrantWorkspaceTrust only when untrusted, and tells the server once trust is granted', () => {
    const trusted = workspace(true);
    assert.equal(followTrust(trusted as never, () => assert.fail('no grant expected')), null);
    assert.equal(trusted.listeners.length, 0);
    const untrusted = workspace(false);
    let told = 0;
    const sub = followTrust(untrusted as never, () => told++);
    assert.ok(sub);
    untrusted.grant();
    assert.equal(told, 1);
    sub.dispose();
    assert.equal(untrusted.listeners.length, 0);
  });

  it('the limited server finds references only in open documents, and in the whole workspace once trusted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-trust-'));
    fs.writeFileSync(path.join(dir, 'andere-brief.md'), 'Eerder schreef ik u (Kamerstuk 29 754, nr. 482).\n');
    const h = await startHarness(pathToFileURL(dir).toString(), { gegevensmap: path.join(dir, 'geen-gegevens'), beperkt: true });
    try {
      const uri = pathToFileURL(path.join(dir, 'open.md')).toString();
      await h.open(uri, 'Zie Kamerstuk 29 754, nr. 482.\n');
      await h.diagnostics(uri, 1);
      const files = async (): Promise<string[]> => {
        const refs = (await h.client.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 8 }, context: { includeDeclaration: true } })) as Location[];
        return refs.map((r) => path.basename(new URL(r.uri).pathname)).sort();
      };
      assert.deepEqual(await files(), ['open.md']);
      await h.client.sendNotification(TRUST_GRANTED);
      assert.deepEqual(await files(), ['andere-brief.md', 'open.md']);
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
