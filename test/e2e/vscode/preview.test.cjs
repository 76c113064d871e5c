// The Markdown preview in the letter layout in a real VS Code (code-server), against the packaged
// extension: VS Code's own Markdown engine (markdown.api.render) runs our plugin; with
// kamerbrief.voorbeeld.briefopmaak off the preview is the ordinary one, on it is the letter; the
// command "Voorbeeld in briefopmaak" turns the setting on and opens the preview.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const DRAFT = `---
soort: brief
aan: Tweede Kamer
datum: 2024-05-16
onderwerp: Voortgang aanpak radicalisering
kenmerk: 5551234
---

Hierbij informeer ik u over de motie[^1].

De Minister van Justitie en Veiligheid,

D. Yeşilgöz-Zegerius

[^1]: Kamerstuk 29 754, nr. 451.
`;

const render = (text) => vscode.commands.executeCommand('markdown.api.render', text);
const setting = () => vscode.workspace.getConfiguration('kamerbrief');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('Kamerbrief: preview in the letter layout', () => {
  after(async () => {
    await setting().update('voorbeeld.briefopmaak', undefined, vscode.ConfigurationTarget.Global);
  });

  it('off by default: VS Code renders the ordinary preview (our footnotes, no letter)', async () => {
    assert.equal(setting().get('voorbeeld.briefopmaak'), false);
    const html = await render(DRAFT);
    assert.match(html, /class="footnotes"/, 'our plugin runs in VS Code\'s engine');
    assert.match(html, /\[1\]/, 'markdown-it-footnote\'s own caption');
    assert.ok(!html.includes('kamerbrief-briefopmaak'), html.slice(0, 300));
  });

  it('on: VS Code\'s engine renders the letter with the export\'s header, footnotes and signature', async () => {
    await setting().update('voorbeeld.briefopmaak', true, vscode.ConfigurationTarget.Global);
    let html = '';
    for (let i = 0; i < 50 && !html.includes('kamerbrief-briefopmaak'); i++) {
      html = await render(DRAFT);
      if (!html.includes('kamerbrief-briefopmaak')) await sleep(100);
    }
    assert.match(html, /<div class="kamerbrief-briefopmaak kb-brief">/, html.slice(0, 300));
    assert.match(html, /Aan de Voorzitter van de Tweede Kamer der Staten-Generaal/);
    assert.match(html, /<dt>Datum<\/dt><dd>16 mei 2024<\/dd>/);
    assert.match(html, /<dt>Betreft<\/dt><dd>Voortgang aanpak radicalisering<\/dd>/);
    assert.match(html, /<dt>Ons kenmerk<\/dt><dd>5551234<\/dd>/);
    assert.match(html, /<sup class="kb-voetnootteken"><a href="#fn1" id="fnref1">1<\/a><\/sup>/);
    assert.match(html, /<div class="kb-ondertekening">\s*<p[^>]*>De Minister van Justitie en Veiligheid,<\/p>/);
    assert.ok(!html.includes('soort:'), 'the front matter is not shown');
  });

  it('the answers layout: no addressee, the Vraag/Antwoord headings marked', async () => {
    const html = await render('---\nsoort: antwoorden-kamervragen\n---\n\nVragen van het lid Wiersma (VVD).\n\n### Vraag 1\n\nBent u bekend met het bericht?\n\n### Antwoord 1\n\nJa.\n');
    assert.match(html, /<div class="kamerbrief-briefopmaak kb-antwoorden">/);
    assert.ok(!html.includes('kb-geadresseerde'));
    assert.match(html, /<h3[^>]*class="kb-vraag"[^>]*>|<h3[^>]*class="[^"]*kb-vraag/);
    assert.match(html, /class="[^"]*kb-aanhangsel-kop/);
  });

  it('the stylesheet is contributed to the preview and shipped in the package', () => {
    const ext = vscode.extensions.getExtension('kamerbrief.kamerbrief');
    const styles = ext.packageJSON.contributes['markdown.previewStyles'];
    assert.deepEqual(styles, ['./media/briefopmaak.css']);
    const css = fs.readFileSync(path.join(ext.extensionPath, styles[0]), 'utf8');
    assert.match(css, /\.kamerbrief-briefopmaak \{[^}]*font-family: "RO Sans", Verdana/);
  });

  it('Voorbeeld in briefopmaak: turns the setting on and opens the preview beside the draft', async () => {
    await setting().update('voorbeeld.briefopmaak', undefined, vscode.ConfigurationTarget.Global);
    assert.equal(setting().get('voorbeeld.briefopmaak'), false);
    const ws = vscode.workspace.workspaceFolders[0].uri;
    const draft = vscode.Uri.joinPath(ws, 'voorbeeld', 'brief.md');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode(DRAFT));
    await vscode.window.showTextDocument(draft);
    assert.equal(await vscode.commands.executeCommand('kamerbrief.voorbeeldBriefopmaak'), true);
    assert.equal(setting().get('voorbeeld.briefopmaak'), true);
    let tab;
    for (let i = 0; i < 50 && !tab; i++) {
      tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /brief\.md/.test(t.label));
      if (!tab) await sleep(100);
    }
    assert.ok(tab, 'a Markdown preview of brief.md: ' + vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', '));
    assert.ok(tab.group.viewColumn !== vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === draft.toString()))?.viewColumn, 'beside the draft');
  });
});
