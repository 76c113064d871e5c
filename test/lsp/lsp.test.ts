// The language server over an in-process stream pair, on the corpus letters and drafts with slips.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, Location, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CORPUS } from '../helpers/paths.js';
import { expandSnippet } from '../helpers/snippet-expand.js';
import { startHarness, type Harness } from './harness.js';

const LETTER = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');
const ANSWERS = fs.readFileSync(path.join(CORPUS, '2019-antwoorden-kamervragen-dreigingsbeeld-50.md'), 'utf8');
const SLIPS = 'Zie Kamerstuk 29754, nr. 482 en Kamerstuk 29 754, nr.451.[^1]\n\n[^1]: Kamerstuk 29 754, nr. 482.\n';

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
}

describe('language server (in-process stream pair)', () => {
  let h: Harness;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-'));
    fs.writeFileSync(path.join(dir, 'andere-brief.md'), 'Eerder schreef ik u (Kamerstuk 29 754, nr. 482).\n');
    h = await startHarness(pathToFileURL(dir).toString());
  });
  after(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes no errors or warnings for the published letters', async () => {
    for (const [name, text] of [['brief.md', LETTER], ['antwoorden.md', ANSWERS]] as const) {
      const uri = `file:///corpus/${name}`;
      await h.open(uri, text);
      const d = await h.diagnostics(uri, 1);
      assert.deepEqual(d.diagnostics.filter((x) => x.severity! <= 2).map((x) => `${x.code} ${x.message}`), []);
    }
  });

  it('publishes diagnostics with code and exact range for a draft with slips, and follows edits', async () => {
    const uri = 'file:///concept.md';
    await h.open(uri, SLIPS);
    const d = await h.diagnostics(uri, 1);
    const kb101 = d.diagnostics.filter((x) => x.code === 'KB101');
    assert.equal(kb101.length, 2);
    assert.deepEqual(kb101[0]!.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 28 } });
    assert.equal(kb101[0]!.source, 'kamerbrief');
    await h.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 14 }, end: { line: 0, character: 19 } }, text: '29 754' }],
    });
    const d2 = await h.diagnostics(uri, 2);
    assert.equal(d2.diagnostics.filter((x) => x.code === 'KB101').length, 1);
  });

  it('a quick fix gives the canonical text; fix-all cleans the draft', async () => {
    const uri = 'file:///fix.md';
    await h.open(uri, SLIPS);
    const d = await h.diagnostics(uri, 1);
    const first = d.diagnostics.find((x) => x.code === 'KB101')!;
    const actions = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [first] },
    })) as CodeAction[];
    const quick = actions.find((a) => a.kind === 'quickfix' && a.isPreferred)!;
    assert.deepEqual(quick.diagnostics, [first], 'the quick fix names the diagnostic it resolves');
    const fixed = apply(SLIPS, quick.edit!.changes![uri]!);
    assert.ok(fixed.startsWith('Zie Kamerstuk 29 754, nr. 482 en'), fixed);
    const all = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.kamerbrief'] },
    })) as CodeAction[];
    assert.equal(all.length, 1);
    assert.equal(all[0]!.kind, 'source.fixAll.kamerbrief');
    assert.equal(apply(SLIPS, all[0]!.edit!.changes![uri]!), 'Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 29 754, nr. 451.[^1]\n\n[^1]: Kamerstuk 29 754, nr. 482.\n');
  });

  it('related information points at the whole earlier text, in this document', async () => {
    const uri = 'file:///dubbel.md';
    await h.open(uri, 'Tekst.[^1]\n\n[^1]: Kamerstuk 29 754, nr. 482.\n[^1]: Kamerstuk 29 754, nr. 483.\n');
    const d = await h.diagnostics(uri, 1);
    const kb204 = d.diagnostics.find((x) => x.code === 'KB204')!;
    assert.deepEqual(kb204.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } });
    assert.deepEqual(kb204.relatedInformation, [
      { location: { uri, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } } }, message: 'eerste voetnoottekst met dit label' },
    ]);
  });

  it('fix-all in a run of repeated characters: an edit that does the fix ("nr.  482")', async () => {
    const uri = 'file:///spaties.md';
    const text = 'Zie Kamerstuk 29 754, nr.  482.\n';
    await h.open(uri, text);
    await h.diagnostics(uri, 1);
    const all = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.kamerbrief'] },
    })) as CodeAction[];
    const edits = all[0]!.edit!.changes![uri]!;
    assert.equal(apply(text, edits), 'Zie Kamerstuk 29 754, nr. 482.\n');
    assert.deepEqual(edits, [{ range: { start: { line: 0, character: 26 }, end: { line: 0, character: 27 } }, newText: '' }], 'the smallest edit');
  });

  it('offers "fix all" among the quick fixes from two fixes in the range, not from one', async () => {
    const fixAll = 'Herstel alle automatisch herstelbare problemen';
    const titles = async (uri: string, text: string): Promise<string[]> => {
      await h.open(uri, text);
      const d = await h.diagnostics(uri, 1);
      const actions = (await h.client.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 60 } },
        context: { diagnostics: d.diagnostics.filter((x) => x.range.start.line === 0) },
      })) as CodeAction[];
      // Each quick fix names its own diagnostic (two KB101 here: same code, other message).
      for (const a of actions.filter((x) => x.title.startsWith('Herstel: '))) {
        assert.deepEqual(a.diagnostics!.map((x) => String(x.message).includes(a.title.slice(10, 35))), [true], a.title);
      }
      // Only the fixes here (the "Negeer …" and documentation actions: test/lsp/actions.test.ts).
      return actions.map((a) => a.title).filter((t) => t.startsWith('Herstel'));
    };
    // Two fixes, both in the range, none elsewhere.
    const two = await titles('file:///twee.md', 'Zie Kamerstuk 29754, nr. 482 en Kamerstuk 29 754, nr.451.\n');
    assert.deepEqual(two, ['Herstel: "Kamerstuk 29 754, nr. 482" (KB101)', 'Herstel: "Kamerstuk 29 754, nr. 451" (KB101)', fixAll]);
    // One fix in the range and one elsewhere: offered too (the other is worth fixing as well).
    const elsewhere = await titles('file:///elders.md', 'Zie Kamerstuk 29754, nr. 482.\n\nEn Kamerstuk 29754, nr. 500.\n');
    assert.deepEqual(elsewhere, ['Herstel: "Kamerstuk 29 754, nr. 482" (KB101)', fixAll]);
  });

  it('no "fix all" source action for a document with nothing to fix', async () => {
    const uri = 'file:///schoon.md';
    await h.open(uri, 'Zie Kamerstuk 29 754, nr. 482.\n');
    await h.diagnostics(uri, 1);
    const all = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.kamerbrief'] },
    })) as CodeAction[];
    assert.deepEqual(all, []);
  });

  it('no "fix all" quick fix when the document has only one fix', async () => {
    const uri = 'file:///een.md';
    await h.open(uri, 'Zie Kamerstuk 29754, nr. 482.\n');
    const d = await h.diagnostics(uri, 1);
    const actions = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 40 } },
      context: { diagnostics: d.diagnostics },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title).filter((t) => t.startsWith('Herstel')), ['Herstel: "Kamerstuk 29 754, nr. 482" (KB101)']);
  });

  it('hover shows the card of a citation with kind, canonical form and links', async () => {
    const uri = 'file:///corpus/brief.md';
    const line = LETTER.split('\n').findIndex((l) => l.startsWith('[^3]:'));
    const hover = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Kamerstuk\*\*/);
    assert.match(value, /Kamerstuk 29 754, nr\. 451/);
    assert.match(value, /https:\/\/zoek\.officielebekendmakingen\.nl\/kst-29754-451\.html/);
    assert.match(value, /tweedekamer\.nl/);
  });

  it('goes from a footnote call to its body and from Vraag to Antwoord', async () => {
    const lines = LETTER.split('\n');
    const callLine = lines.findIndex((l) => l.includes('Becker (VVD)[^3]'));
    const col = lines[callLine]!.indexOf('[^3]') + 1;
    const defs = (await h.client.sendRequest('textDocument/definition', { textDocument: { uri: 'file:///corpus/brief.md' }, position: { line: callLine, character: col } })) as Location[];
    assert.equal(defs[0]!.range.start.line, lines.findIndex((l) => l.startsWith('[^3]:')));
    const q = ANSWERS.split('\n').findIndex((l) => l === '### Vraag 4');
    const a = ANSWERS.split('\n').findIndex((l) => l === '### Antwoord 4');
    const toAnswer = (await h.client.sendRequest('textDocument/definition', { textDocument: { uri: 'file:///corpus/antwoorden.md' }, position: { line: q, character: 6 } })) as Location[];
    assert.deepEqual(toAnswer.map((l) => l.range.start.line), [a]);
  });

  it('finds references of a Kamerstuk across the workspace', async () => {
    const uri = pathToFileURL(path.join(dir, 'open.md')).toString();
    await h.open(uri, 'Zie Kamerstuk 29 754, nr. 482 en nogmaals Kamerstuk 29 754, nr. 482.\n');
    await h.diagnostics(uri, 1);
    const refs = (await h.client.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 8 }, context: { includeDeclaration: true } })) as Location[];
    // Other open documents cite this Kamerstuk too; here we look at the workspace folder.
    const files = refs.filter((r) => r.uri.startsWith(pathToFileURL(dir).toString())).map((r) => path.basename(new URL(r.uri).pathname)).sort();
    assert.deepEqual(files, ['andere-brief.md', 'open.md', 'open.md']);
  });

  it('outlines sections, moties, toezeggingen and Vragen', async () => {
    const symbols = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///corpus/brief.md' } })) as DocumentSymbol[];
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Motie van het lid Becker c.s. over een landelijk gevalideerde aanpak'));
    assert.equal(names.filter((n) => n.startsWith('Toezegging – ')).length, 4);
    const answers = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///corpus/antwoorden.md' } })) as DocumentSymbol[];
    assert.equal(answers.filter((s) => /^Vraag \d$/.test(s.name)).length, 6);
  });

  it('completes footnote labels and section headings', async () => {
    const uri = 'file:///nieuw.md';
    await h.open(uri, 'Tekst[^\n\n[^1]: Kamerstuk 29 754, nr. 482.\n\n## \n');
    const notes = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 7 } })) as CompletionItem[];
    assert.deepEqual(notes.map((c) => c.label), ['1', '2']);
    const sections = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 3 } })) as CompletionItem[];
    assert.ok(sections.some((c) => c.label === 'Toezegging – …'));
  });

  it('offers motie snippets with the next free footnote number and its text after the last note', async () => {
    const uri = 'file:///snippets.md';
    let text = 'Zie de brief[^1]. En de nota[^2]. En de motie[^3].\n\nmo\n\nTot slot.\n\n[^1]: Kamerstuk 29 754, nr. 501.\n[^2]: Kamerstuk 29 754, nr. 502.\n[^3]: Kamerstuk 29 754, nr. 503.\n';
    await h.open(uri, text);
    let version = 1;
    const choose = async (line: number, character: number): Promise<CompletionItem> => {
      const items = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as CompletionItem[];
      const motie = items.find((c) => c.label === 'motie');
      assert.ok(motie, items.map((c) => c.label).join(', '));
      assert.equal(motie.kind, 15); // CompletionItemKind.Snippet
      assert.equal(motie.insertTextFormat, 2); // InsertTextFormat.Snippet
      const main = motie.textEdit as TextEdit;
      text = apply(text, [{ ...main, newText: expandSnippet(main.newText) }, ...(motie.additionalTextEdits ?? [])]);
      await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
      return motie;
    };
    const first = await choose(2, 2);
    assert.match((first.textEdit as TextEdit).newText, /\(\$\{4:VVD\}\)\[\^4\]/);
    assert.deepEqual(first.additionalTextEdits?.map((e) => e.newText), ['\n[^4]: Kamerstuk 29 754, nr. 451.']);
    // A second motie on a new line after the first section.
    text = text.replace('\n\nTot slot.', '\n\nmo\n\nTot slot.');
    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
    const line = text.split('\n').indexOf('mo');
    await choose(line, 2);
    const calls = [...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]);
    const defs = [...text.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]);
    assert.deepEqual(calls, ['1', '2', '3', '4', '5']);
    assert.deepEqual(defs, ['1', '2', '3', '4', '5']);
    assert.ok(text.endsWith('[^3]: Kamerstuk 29 754, nr. 503.\n[^4]: Kamerstuk 29 754, nr. 451.\n[^5]: Kamerstuk 29 754, nr. 451.\n'), text);
    const d = await h.diagnostics(uri, version);
    assert.deepEqual(d.diagnostics.filter((x) => String(x.code).startsWith('KB2')).map((x) => `${x.code} ${x.message}`), []);
  });

  it('renumbers footnotes on the command "Voetnoten hernummeren"', async () => {
    const uri = 'file:///hernummeren.md';
    const text = 'Eerst.[^3] Dan.[^1]\n\n[^1]: Kamerstuk 29 754, nr. 451.\n[^3]: Kamerstuk 29 754, nr. 452.\n';
    await h.open(uri, text);
    await h.diagnostics(uri, 1);
    const shown: string[] = [];
    const listener = h.client.onNotification('window/showMessage', (m: { message: string }) => {
      shown.push(m.message);
    });
    const result = (await h.client.sendRequest('workspace/executeCommand', { command: 'kamerbrief.server.renumberFootnotes', arguments: [uri] })) as { message: string };
    const edit = h.applied.at(-1) as { changes: Record<string, TextEdit[]> };
    const renumbered = apply(text, edit.changes[uri]!);
    assert.equal(renumbered, 'Eerst.[^1] Dan.[^2]\n\n[^1]: Kamerstuk 29 754, nr. 452.\n[^2]: Kamerstuk 29 754, nr. 451.\n');
    assert.equal(result.message, '2 voetnoten hernummerd en op volgorde gezet.');
    // Once renumbered, the command changes nothing and says so.
    const applied = h.applied.length;
    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: renumbered }] });
    const again = (await h.client.sendRequest('workspace/executeCommand', { command: 'kamerbrief.server.renumberFootnotes', arguments: [uri] })) as { message: string };
    assert.equal(again.message, 'De voetnoten staan al op volgorde.');
    assert.equal(h.applied.length, applied);
    assert.deepEqual(shown, ['2 voetnoten hernummerd en op volgorde gezet.', 'De voetnoten staan al op volgorde.']);
    listener.dispose();
  });

  it('serves document links for citations', async () => {
    const links = (await h.client.sendRequest('textDocument/documentLink', { textDocument: { uri: 'file:///corpus/brief.md' } })) as { target: string }[];
    assert.ok(links.some((l) => l.target === 'https://zoek.officielebekendmakingen.nl/kst-29754-482.html'));
  });

  it('stays up on bad input: binary junk, lone surrogates, a 10 MB line, rapid edits', async function () {
    // About 11 s of CPU (450,000 citations on one line); a shared 2-core machine under load needs more than mocha's 30 s.
    this.timeout(120_000);
    const uri = 'file:///junk.md';
    await h.open(uri, '\u0000\uD800\uDFFF\uDC00' + 'x\u0001'.repeat(1000));
    await h.diagnostics(uri, 1);
    const big = 'file:///groot.md';
    await h.open(big, 'Kamerstuk 29754, nr. 1 '.repeat(450_000));
    await h.diagnostics(big, 1);
    for (let v = 2; v <= 300; v++) {
      void h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: `versie ${v} Kamerstuk 29754, nr. ${v}` }] });
    }
    const last = await h.diagnostics(uri, 300);
    assert.equal(last.version, 300);
    assert.ok(last.diagnostics.some((d) => d.code === 'KB101'));
  });
});
