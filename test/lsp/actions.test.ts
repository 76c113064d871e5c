// The editor as ESLint and markdownlint users expect it, at the LSP level: an outline without the
// headings VS Code's Markdown outline already has, section snippets on "#" and "## ", dossiers
// right after "Kamerstuk ", the "Negeer KBnnn" quick fixes, "Herstel alle KBnnn", one name for
// fix all, and "Documentatie KBnnn tonen".
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CORPUS, FIXTURES, ROOT } from '../helpers/paths.js';
import { expandSnippet } from '../helpers/snippet-expand.js';
import { startHarness, type Harness } from './harness.js';

const LETTER = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');
const NO_DATA = { gegevensmap: path.join(ROOT, 'test', 'fixtures', 'bestaat-niet') };
const SNIPPET_CLIENT = { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } };

interface SnippetEdit {
  range: TextEdit['range'];
  snippet: { kind: 'snippet'; value: string };
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
}

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

async function actionsAt(h: Harness, uri: string, diag: Diagnostic): Promise<CodeAction[]> {
  return (await h.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
}

/** The snippet edit of an action, with `reason` typed at its tab stop, applied to text. */
function applySnippetAction(text: string, action: CodeAction, uri: string, reason: string): string {
  const change = action.edit!.documentChanges![0] as { textDocument: { uri: string }; edits: SnippetEdit[] };
  assert.equal(change.textDocument.uri, uri);
  const [e] = change.edits;
  assert.ok(e!.snippet.value.includes('reden: $1'), e!.snippet.value);
  return apply(text, [{ range: e!.range, newText: e!.snippet.value.replace('$1', reason) }]);
}

describe('editor actions (LSP)', () => {
  let h: Harness;
  let version = 1;
  const edit = async (uri: string, text: string): Promise<Diagnostic[]> => {
    version++;
    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return (await h.diagnostics(uri, version)).diagnostics;
  };
  // A test that restarts the server has closed the first harness already.
  afterEach(async () => h?.close().catch(() => undefined));

  describe('outline', () => {
    it('with kamerbrief.overzicht.koppen off: no heading, but moties, toezeggingen and footnotes grouped', async () => {
      h = await startHarness(null, NO_DATA);
      h.settings = { overzicht: { koppen: false } };
      await h.open('file:///brief.md', LETTER);
      const symbols = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///brief.md' } })) as DocumentSymbol[];
      const headings = LETTER.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, ''));
      const names = flatten(symbols).map((s) => s.name);
      assert.deepEqual(names.filter((n) => headings.includes(n)), [], 'no heading twice (VS Code lists them)');
      assert.deepEqual(symbols.map((s) => s.name), ['Moties (4)', 'Toezeggingen (4)', 'Voetnoten (12)']);
      const moties = symbols[0]!.children!.map((c) => c.name);
      assert.equal(moties[1], 'Becker c.s. over een landelijk gevalideerde aanpak');
      assert.match(moties[0]!, /^gewijzigd: Azarkan over /);
      assert.equal(symbols[1]!.children![0]!.name, 'Inzicht in gebruik van de landelijke faciliteiten');
      // The selection of a motie entry is its heading line.
      assert.equal(symbols[0]!.children![1]!.selectionRange.start.line, LETTER.split('\n').indexOf('## Motie van het lid Becker c.s. over een landelijk gevalideerde aanpak'));
      assert.match(symbols[2]!.children![0]!.name, /^\[\^1\] /);
    });

    it('lists bold Vraag/Antwoord labels (not headings) and, for a client without the setting, the headings', async () => {
      h = await startHarness(null, NO_DATA);
      h.settings = { overzicht: { koppen: false } };
      const text = '# Antwoorden\n\n**Vraag 1**\nWat is de stand?\n\n**Antwoord 1**\nGoed.\n';
      await h.open('file:///vragen.md', text);
      const symbols = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///vragen.md' } })) as DocumentSymbol[];
      assert.deepEqual(flatten(symbols).map((s) => s.name), ['Vragen en antwoorden (2)', 'Vraag 1', 'Antwoord 1']);
      h.settings = {};
      await h.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const all = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///vragen.md' } })) as DocumentSymbol[];
      assert.equal(all[0]!.name, 'Antwoorden');
    });
  });

  describe('completion', () => {
    it('announces "#" and space as trigger characters', async () => {
      h = await startHarness(null, NO_DATA);
      const provider = h.initialized!.capabilities['completionProvider'] as { triggerCharacters: string[] };
      assert.ok(provider.triggerCharacters.includes('#') && provider.triggerCharacters.includes(' '), provider.triggerCharacters.join(''));
    });

    it('"#" at the start of a line offers the section snippets at that level, filtered on "# motie"', async () => {
      h = await startHarness(null, NO_DATA);
      const uri = 'file:///kop.md';
      await h.open(uri, 'Zie de brief[^1].\n\n###\n\nTekst met # erin\n\n[^1]: Kamerstuk 29 754, nr. 482.\n');
      const items = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 3 }, context: { triggerKind: 2, triggerCharacter: '#' } })) as CompletionItem[];
      assert.deepEqual(items.map((i) => i.label), ['motie', 'gewijzigde-motie', 'motie-leden', 'toezegging']);
      const motie = items[0]!;
      assert.equal(motie.filterText, '### motie');
      const main = motie.textEdit as TextEdit;
      assert.deepEqual(main.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, 'replaces the hashes');
      assert.match(main.newText, /^### Motie van het lid /, 'at the level typed');
      assert.match(main.newText, /\[\^2\]/, 'next free footnote number');
      const mid = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 11 }, context: { triggerKind: 2, triggerCharacter: '#' } })) as CompletionItem[];
      assert.deepEqual(mid, [], 'nothing for "#" inside a line');
      const code = 'Tekst.\n\n```sh\n#\n```\n';
      await h.open('file:///code.md', code);
      const inCode = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///code.md' }, position: { line: 3, character: 1 }, context: { triggerKind: 2, triggerCharacter: '#' } })) as CompletionItem[];
      assert.deepEqual(inCode, [], 'nothing for "#" in a code block');
    });

    it('"## " offers the heading texts and the section snippets', async () => {
      h = await startHarness(null, NO_DATA);
      const uri = 'file:///kop2.md';
      await h.open(uri, '## \n');
      const items = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 }, context: { triggerKind: 2, triggerCharacter: ' ' } })) as CompletionItem[];
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('Toezegging – …') && labels.includes('motie') && labels.includes('toezegging'), labels.join(', '));
      assert.ok(!labels.includes('voetnoot'), 'no footnote call in a heading');
      const motie = items.find((i) => i.label === 'motie')!;
      assert.equal(motie.filterText, '## motie');
      const text = apply('## \n', [{ ...(motie.textEdit as TextEdit), newText: expandSnippet((motie.textEdit as TextEdit).newText) }, ...(motie.additionalTextEdits ?? [])]);
      assert.match(text, /^## Motie van het lid Becker c\.s\. over /);
      assert.match(text, /\[\^1\]: Kamerstuk 29 754, nr\. 451\./);
    });

    it('offers dossiers right after "Kamerstuk " (cited ones first) and asks again as digits are typed', async () => {
      h = await startHarness(null, { gegevensmap: path.join(FIXTURES, 'snapshot') });
      const uri = 'file:///dossier.md';
      const text = 'Zie Kamerstuk 36 410 XVI, nr. 66.\n\nZie Kamerstuk \n\nZie Kamerstukken \n';
      await h.open(uri, text);
      await h.diagnostics(uri, 1);
      const list = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 14 }, context: { triggerKind: 2, triggerCharacter: ' ' } })) as CompletionList;
      assert.equal(list.isIncomplete, true);
      assert.ok(list.items.length > 1, JSON.stringify(list.items.map((i) => i.label)));
      assert.equal(list.items[0]!.label, '36 410 XVI', 'the dossier the draft cites comes first');
      assert.ok(list.items.some((i) => i.label === '19 637'));
      assert.equal((list.items[0]!.textEdit as TextEdit).newText, '36 410 XVI, nr. ');
      const plural = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 17 }, context: { triggerKind: 2, triggerCharacter: ' ' } })) as CompletionList;
      assert.equal((plural.items.find((i) => i.label === '19 637')!.textEdit as TextEdit).newText, '19 637, nrs. ');
    });
  });

  describe('quick fixes', () => {
    const DRAFT = '---\nsoort: brief\n---\n\nZie Kamerstuk 29754, nr. 482 en Kamerstuk 29754, nr. 451.\nDe volgende regel: Kamerstukken II 2018/19, 29754, nr. 3.\n\nde motie-Becker van het het lid Jansen.\n';

    it('"Negeer KBnnn op deze regel" puts the cursor on the reason; KB011 until a reason is typed, then quiet', async () => {
      h = await startHarness(null, NO_DATA, SNIPPET_CLIENT);
      const uri = 'file:///negeer.md';
      const text = 'Inleiding.\n\nZie Kamerstuk 29754, nr. 482.\n';
      await h.open(uri, text);
      const kb101 = (await h.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'KB101')!;
      const actions = await actionsAt(h, uri, kb101);
      const line = actions.find((a) => a.title === 'Negeer KB101 op deze regel')!;
      assert.ok(line, actions.map((a) => a.title).join(' | '));
      assert.deepEqual(line.diagnostics, [kb101]);
      const change = line.edit!.documentChanges![0] as { textDocument: { version: number }; edits: SnippetEdit[] };
      assert.equal(change.textDocument.version, 1);
      assert.equal(change.edits[0]!.snippet.value, '<!-- kamerbrief-disable-next-line KB101 -- reden: $1 -->\n');
      // Not typed yet: the comment silences KB101 but KB011 asks for the reason.
      const empty = applySnippetAction(text, line, uri, '');
      const before = await edit(uri, empty);
      assert.deepEqual(before.map((d) => d.code), ['KB011']);
      const typed = applySnippetAction(text, line, uri, 'letterlijk citaat');
      const after = await edit(uri, typed);
      assert.deepEqual(after.map((d) => `${d.code} ${d.message}`), []);
      assert.equal(typed, 'Inleiding.\n\n<!-- kamerbrief-disable-next-line KB101 -- reden: letterlijk citaat -->\nZie Kamerstuk 29754, nr. 482.\n');
    });

    it('inside a paragraph the comment goes at the end of the line; a second rule joins an existing comment', async () => {
      h = await startHarness(null, NO_DATA);
      const uri = 'file:///midden.md';
      await h.open(uri, DRAFT);
      const kb106 = (await h.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'KB106')!;
      const plain = (await actionsAt(h, uri, kb106)).find((a) => a.title === 'Negeer KB106 op deze regel')!;
      let text = apply(DRAFT, plain.edit!.changes![uri]!);
      assert.ok(text.includes('\nDe volgende regel: Kamerstukken II 2018/19, 29754, nr. 3. <!-- kamerbrief-disable-line KB106 -- reden:  -->\n'), text);
      // A line with a disable-next-line above it: the rule joins that comment.
      text = 'Tekst.\n\n<!-- kamerbrief-disable-next-line KB308 -- reden: citaat -->\nZie Kamerstuk 29754, nr. 482 over de motie van het het lid Jansen.\n';
      const d = await edit(uri, text);
      const kb101 = d.find((x) => x.code === 'KB101')!;
      const join = (await actionsAt(h, uri, kb101)).find((a) => a.title === 'Negeer KB101 op deze regel')!;
      const joined = apply(text, join.edit!.changes![uri]!);
      assert.ok(joined.includes('<!-- kamerbrief-disable-next-line KB308, KB101 -- reden: citaat -->\nZie'), joined);
      assert.deepEqual((await edit(uri, joined)).map((x) => x.code), []);
    });

    it('"Negeer KBnnn in dit bestand" goes after the front matter and silences every message of that rule', async () => {
      h = await startHarness(null, NO_DATA, SNIPPET_CLIENT);
      const uri = 'file:///bestand.md';
      await h.open(uri, DRAFT);
      const diags = (await h.diagnostics(uri, 1)).diagnostics;
      const kb101 = diags.find((d) => d.code === 'KB101')!;
      const file = (await actionsAt(h, uri, kb101)).find((a) => a.title === 'Negeer KB101 in dit bestand')!;
      const text = applySnippetAction(DRAFT, file, uri, 'citaten uit de brief');
      assert.ok(text.startsWith('---\nsoort: brief\n---\n<!-- kamerbrief-disable-file KB101 -- reden: citaten uit de brief -->\n\nZie'), text);
      const after = await edit(uri, text);
      assert.deepEqual(after.map((d) => d.code).sort(), diags.map((d) => d.code).filter((c) => c !== 'KB101').sort());
    });

    it('no line comment inside the front matter (it would break the YAML); a table row gets it at the end; CRLF stays CRLF', async () => {
      h = await startHarness(null, NO_DATA);
      const uri = 'file:///tabel.md';
      const text = '---\r\nsoort: brief\r\ndatum: 31 mei\r\n---\r\n\r\n| a | b |\r\n|---|---|\r\n| Kamerstuk 29754, nr. 1 | x |\r\n';
      await h.open(uri, text);
      const diags = (await h.diagnostics(uri, 1)).diagnostics;
      const kb501 = diags.find((d) => d.code === 'KB501')!;
      const inYaml = (await actionsAt(h, uri, kb501)).map((a) => a.title).filter((t) => t.startsWith('Negeer'));
      assert.deepEqual(inYaml, ['Negeer KB501 in dit bestand']);
      const file = (await actionsAt(h, uri, kb501)).find((a) => a.title === 'Negeer KB501 in dit bestand')!;
      assert.ok(apply(text, file.edit!.changes![uri]!).startsWith('---\r\nsoort: brief\r\ndatum: 31 mei\r\n---\r\n<!-- kamerbrief-disable-file KB501 -- reden:  -->\r\n\r\n| a |'));
      const kb101 = diags.find((d) => d.code === 'KB101')!;
      const row = (await actionsAt(h, uri, kb101)).find((a) => a.title === 'Negeer KB101 op deze regel')!;
      const fixed = apply(text, row.edit!.changes![uri]!);
      assert.ok(fixed.endsWith('| Kamerstuk 29754, nr. 1 | x | <!-- kamerbrief-disable-line KB101 -- reden: goed -->\r\n'.replace('goed', '')), fixed);
      const after = await edit(uri, fixed.replace('reden:  -->', 'reden: tabel uit de bron -->'));
      assert.ok(!after.some((d) => d.code === 'KB101' || d.code === 'KB011'), JSON.stringify(after.map((d) => d.code)));
    });

    it('the quick fix names what it puts in: a long text cut at 60 characters, a deletion "verwijderen"', async () => {
      h = await startHarness(null, NO_DATA);
      const numbering = fs.readFileSync(path.join(FIXTURES, 'rules', 'KB402', 'nummering.md'), 'utf8');
      await h.open('file:///nummering.md', numbering);
      const kb402 = (await h.diagnostics('file:///nummering.md', 1)).diagnostics.find((d) => d.code === 'KB402')!;
      const long = (await actionsAt(h, 'file:///nummering.md', kb402)).find((a) => a.title.startsWith('Herstel: '))!;
      assert.equal(long.title, 'Herstel: "2\n<!-- expect KB402 -1 -->\n\nDeelt u de mening?\n\n### Antwoor…" (KB402)');
      assert.equal(long.isPreferred, true);
      assert.ok(apply(numbering, long.edit!.changes!['file:///nummering.md']!).includes('### Vraag 2\n<!-- expect KB402 -1 -->\n\nDeelt u de mening?\n\n### Antwoord 2\n'));

      const unused = fs.readFileSync(path.join(FIXTURES, 'rules', 'KB202', 'ongebruikt.md'), 'utf8');
      await h.open('file:///ongebruikt.md', unused);
      const kb202 = (await h.diagnostics('file:///ongebruikt.md', 1)).diagnostics.find((d) => d.code === 'KB202')!;
      const remove = (await actionsAt(h, 'file:///ongebruikt.md', kb202)).find((a) => a.title.startsWith('Herstel: '))!;
      assert.equal(remove.title, 'Herstel: verwijderen (KB202)');
      assert.equal(apply(unused, remove.edit!.changes!['file:///ongebruikt.md']!), fs.readFileSync(path.join(FIXTURES, 'rules', 'KB202', 'ongebruikt.fixed.md'), 'utf8'));
    });

    it('"Negeer" where the line is: first line, after a heading or the front matter, last line, joined to a comment on the line or a file comment', async () => {
      h = await startHarness(null, NO_DATA);
      let n = 0;
      /** The text after the action `title` for the first diagnostic `code`, and the codes left after it (reason typed). */
      const negeer = async (text: string, code: string, title: string): Promise<[string, string[]]> => {
        const uri = `file:///negeer-${++n}.md`;
        await h.open(uri, text);
        const d = (await h.diagnostics(uri, 1)).diagnostics.find((x) => x.code === code)!;
        assert.ok(d, `${code} in ${JSON.stringify(text)}`);
        const action = (await actionsAt(h, uri, d)).find((a) => a.title === title)!;
        assert.ok(action, `${title} for ${JSON.stringify(text)}`);
        const after = apply(text, action.edit!.changes![uri]!);
        const left = await edit(uri, after.replace(/reden: {2}-->/g, 'reden: citaat -->'));
        return [after, left.map((x) => String(x.code))];
      };
      const slip = 'Zie Kamerstuk 29754, nr. 482.';
      // The first line of the document: a comment line above it.
      assert.deepEqual(await negeer(`${slip}\n`, 'KB101', 'Negeer KB101 op deze regel'), [`<!-- kamerbrief-disable-next-line KB101 -- reden:  -->\n${slip}\n`, []]);
      // An indented first line keeps its indent on the comment line.
      assert.deepEqual((await negeer(`Tekst.\n\n  ${slip}\n`, 'KB101', 'Negeer KB101 op deze regel'))[0], `Tekst.\n\n  <!-- kamerbrief-disable-next-line KB101 -- reden:  -->\n  ${slip}\n`);
      // A heading right under a line of text is a block of its own.
      assert.deepEqual((await negeer('Tekst.\n## Over Kamerstuk 29754, nr. 482\n', 'KB101', 'Negeer KB101 op deze regel'))[0], 'Tekst.\n<!-- kamerbrief-disable-next-line KB101 -- reden:  -->\n## Over Kamerstuk 29754, nr. 482\n');
      // Right after the front matter.
      assert.deepEqual((await negeer(`---\nsoort: brief\n---\n${slip}\n`, 'KB101', 'Negeer KB101 op deze regel'))[0], `---\nsoort: brief\n---\n<!-- kamerbrief-disable-next-line KB101 -- reden:  -->\n${slip}\n`);
      // The second line of a paragraph, the last of the file without a line break: at its end.
      assert.deepEqual(await negeer(`Tekst.\n${slip}  `, 'KB101', 'Negeer KB101 op deze regel'), [`Tekst.\n${slip} <!-- kamerbrief-disable-line KB101 -- reden:  -->  `, []]);
      // A disable-line comment on the line, and one without a reason above: the rule joins them.
      const onLine = await negeer(`Tekst.\nDe motie-Becker van het het lid Jansen, ${slip} <!-- kamerbrief-disable-line KB308 -- reden: citaat -->\n`, 'KB101', 'Negeer KB101 op deze regel');
      assert.deepEqual(onLine, [`Tekst.\nDe motie-Becker van het het lid Jansen, ${slip} <!-- kamerbrief-disable-line KB308, KB101 -- reden: citaat -->\n`, []]);
      const noReason = await negeer(`Tekst.\n\n<!-- kamerbrief-disable-next-line KB308 -->\n${slip}\n`, 'KB101', 'Negeer KB101 op deze regel');
      assert.equal(noReason[0], `Tekst.\n\n<!-- kamerbrief-disable-next-line KB308, KB101 -->\n${slip}\n`);
      // A file comment already there: the rule joins it.
      const file = await negeer(`<!-- kamerbrief-disable-file KB308 -- reden: citaten -->\n\nDe motie-Becker van het het lid Jansen, ${slip}\n`, 'KB101', 'Negeer KB101 in dit bestand');
      assert.deepEqual(file, [`<!-- kamerbrief-disable-file KB308, KB101 -- reden: citaten -->\n\nDe motie-Becker van het het lid Jansen, ${slip}\n`, []]);
    });

    it('no "Negeer" for the rules about suppressions themselves', async () => {
      h = await startHarness(null, NO_DATA);
      const uri = 'file:///zonder-reden.md';
      await h.open(uri, 'Tekst.\n\n<!-- kamerbrief-disable-next-line KB101 -->\nZie Kamerstuk 29754, nr. 482.\n');
      const kb011 = (await h.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'KB011')!;
      assert.ok(kb011);
      assert.deepEqual((await actionsAt(h, uri, kb011)).filter((a) => a.title.startsWith('Negeer')), []);
    });

    it('"Herstel alle KB101 in dit bestand" fixes every KB101 and nothing else', async () => {
      h = await startHarness(null, NO_DATA);
      const uri = 'file:///herstel.md';
      await h.open(uri, DRAFT);
      const diags = (await h.diagnostics(uri, 1)).diagnostics;
      const kb101 = diags.find((d) => d.code === 'KB101')!;
      const actions = await actionsAt(h, uri, kb101);
      const all101 = actions.find((a) => a.title === 'Herstel alle KB101 in dit bestand')!;
      assert.ok(all101, actions.map((a) => a.title).join(' | '));
      const text = apply(DRAFT, all101.edit!.changes![uri]!);
      assert.ok(text.includes('Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 29 754, nr. 451.'), text);
      const after = await edit(uri, text);
      const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();
      assert.deepEqual(codes(after), codes(diags).filter((c) => c !== 'KB101'), 'the other rules are untouched');
      assert.ok(after.some((d) => d.code === 'KB106') && after.some((d) => d.code === 'KB308'));
      // Only one KB308 message: no "Herstel alle KB308".
      const kb308 = after.find((d) => d.code === 'KB308')!;
      assert.ok(!(await actionsAt(h, uri, kb308)).some((a) => a.title.startsWith('Herstel alle KB308')));
    });

    it('one name for fix all: the quick fix and the source action', async () => {
      h = await startHarness(null, NO_DATA);
      const uri = 'file:///alles.md';
      await h.open(uri, DRAFT);
      const kb101 = (await h.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'KB101')!;
      const quick = (await actionsAt(h, uri, kb101)).filter((a) => /problemen|alles/i.test(a.title)).map((a) => a.title);
      const source = (await h.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: kb101.range, context: { diagnostics: [], only: ['source.fixAll.kamerbrief'] } })) as CodeAction[];
      assert.deepEqual([...quick, ...source.map((a) => a.title)], ['Herstel alle automatisch herstelbare problemen', 'Herstel alle automatisch herstelbare problemen']);
    });

    it('"Documentatie KBnnn tonen" for a client that opens the bundled page; codeDescription for others', async () => {
      h = await startHarness(null, { ...NO_DATA, regeldocumentatie: true });
      const uri = 'file:///doc.md';
      await h.open(uri, DRAFT);
      const kb101 = (await h.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'KB101')!;
      assert.equal(kb101.codeDescription?.href, 'https://github.com/kamerbrief/kamerbrief/blob/main/docs/rules/kb101-kamerstuk-notatie.md');
      const doc = (await actionsAt(h, uri, kb101)).find((a) => a.title === 'Documentatie KB101 tonen')!;
      assert.equal(doc.command?.command, 'kamerbrief.showRuleDocumentation');
      const [, file] = doc.command!.arguments as [string, string];
      assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', file)), file);
      await h.close();
      h = await startHarness(null, NO_DATA);
      await h.open(uri, DRAFT);
      const plain = (await h.diagnostics(uri, 1)).diagnostics.find((d) => d.code === 'KB101')!;
      assert.ok(!(await actionsAt(h, uri, plain)).some((a) => a.title.startsWith('Documentatie')));
    });

    it('the rule pages ship in the package (package.json files)', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
      assert.ok(pkg.files.includes('docs/rules/'), pkg.files.join(', '));
    });
  });
});
