// The Markdown-preview plugin: footnotes render, citations become links, code stays code.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { kamerbriefMarkdownIt } from '../../client/src/preview.js';

describe('Markdown preview plugin', () => {
  const md = kamerbriefMarkdownIt(new MarkdownIt() as never) as unknown as { render(src: string): string };

  it('renders footnotes and links Kamerstuk citations to officielebekendmakingen.nl', () => {
    const html = md.render('Zie de motie[^1] en Kamerstuk 21 501-02, nr. 1538.\n\n[^1]: Kamerstuk 29 754, nr. 451.\n');
    assert.match(html, /<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    assert.match(html, /<a href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-21501-02-1538\.html" title="Officiële bekendmakingen">Kamerstuk 21 501-02, nr\. 1538<\/a>/);
    assert.match(html, /<section class="footnotes">[\s\S]*kst-29754-451\.html/);
  });

  it('leaves code and existing links alone', () => {
    const html = md.render('`Kamerstuk 29 754, nr. 482` en [Kamerstuk 29 754, nr. 482](https://voorbeeld.nl)\n');
    assert.ok(!html.includes('kst-29754-482'), html);
  });
});
