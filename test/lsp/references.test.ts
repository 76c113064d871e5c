// "Alle verwijzingen zoeken" on a Kamerstuk across the workspace: the same document however it is
// written (with a toevoeging, several numbers), open documents as the editor holds them, and what
// is left out — dependencies, git's own folder, drafts over 5 MB; a Handelingen item too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver-protocol';
import { startHarness, type Harness } from './harness.js';

describe('LSP: references of a Kamerstuk in the workspace', () => {
  let h: Harness;
  let dir: string;
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-refs-')));
    put('brief.md', 'Zie Kamerstuk 36 410 XVI, nr. 66 en Kamerstuk 29 754, nrs. 482 en 483.\n');
    put('ander/notitie.md', 'Eerder: Kamerstuk 36 410 XVI, nr. 66, blz. 3.\n\nNiet: Kamerstuk 36 410 XV, nr. 66.\n');
    put('node_modules/pakket/README.md', 'Kamerstuk 36 410 XVI, nr. 66\n');
    put('.git/notities.md', 'Kamerstuk 36 410 XVI, nr. 66\n');
    put('groot.md', 'Kamerstuk 36 410 XVI, nr. 66\n'.repeat(200_000));
    h = await startHarness(pathToFileURL(dir).toString());
  });
  after(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const references = async (uri: string, line: number, character: number): Promise<string[]> => {
    const found = (await h.client.sendRequest('textDocument/references', { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } })) as Location[];
    return found.map((l) => `${l.uri.startsWith('file:') ? path.relative(dir, new URL(l.uri).pathname) : l.uri}:${l.range.start.line}:${l.range.start.character}`).sort();
  };

  it('finds the Kamerstuk with its toevoeging in the folder, not another toevoeging, dependencies, .git or a draft over 5 MB', async () => {
    const uri = pathToFileURL(path.join(dir, 'brief.md')).toString();
    await h.open(uri, fs.readFileSync(path.join(dir, 'brief.md'), 'utf8'));
    assert.deepEqual(await references(uri, 0, 8), ['ander/notitie.md:0:8', 'brief.md:0:4']);
  });

  it('the open document counts as the editor holds it; several numbers count for the first', async () => {
    const uri = pathToFileURL(path.join(dir, 'ander', 'notitie.md')).toString();
    await h.open(uri, 'Nu zonder die verwijzing.\n\nWel Kamerstuk 29 754, nr. 482.\n');
    assert.deepEqual(await references(uri, 2, 8), ['ander/notitie.md:2:4', 'brief.md:0:36']);
    const brief = pathToFileURL(path.join(dir, 'brief.md')).toString();
    assert.deepEqual(await references(brief, 0, 8), ['brief.md:0:4'], 'the text on disk does not count for an open document');
  });

  it('a Handelingen citation is found by its item, not another item; off a citation nothing', async () => {
    const uri = 'untitled:handelingen';
    await h.open(uri, 'Zie Handelingen II 2018/19, nr. 28, item 9.\n\nEn Handelingen II 2018/19, nr. 28, item 10.\n\nNogmaals Handelingen II 2018/19, nr. 28, item 9.\n');
    assert.deepEqual(await references(uri, 0, 8), ['untitled:handelingen:0:4', 'untitled:handelingen:4:9']);
    assert.deepEqual(await references(uri, 0, 1), []);
  });
});
