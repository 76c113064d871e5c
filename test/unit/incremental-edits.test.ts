// Edits in one block that change what ANOTHER, unchanged block means: footnote definitions
// (a call's block is parsed with the definitions it uses injected), headings and Vraag labels
// (document-wide numbering). With a shared block cache (as the language server keeps) every
// edit must give exactly the messages of a fresh lint, and undoing it the messages from before.
// The fast-check test in incremental.test.ts edits at random and rarely hits these cases.
import assert from 'node:assert/strict';
import { analyze, MemoryBlockCache } from '../../server/src/core/analyze.js';
import { lintText, runRules } from '../../server/src/core/lint.js';

const BASE = `---
soort: antwoorden-kamervragen
ingezonden: 2019-06-27
ontvangen: 2019-07-10
---

### Vraag 1

Kent u het bericht over de motie[^1] en de brief van de minister[^2]?

### Antwoord 1

Ja. Zie ook de brief.[^3]

### Vraag 2

Klopt het dat de motie niet is uitgevoerd?

### Antwoord 2

Nee, zie [de brief][brief].

[^1]: Kamerstuk 29 754, nr. 482.

[^2]: Kamerstuk 29 754, nr. 500.

[brief]: https://zoek.officielebekendmakingen.nl/kst-29754-500.html
`;

/** Replaces exactly one occurrence (the test fails loudly when the text changed under it). */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const EDITS: [string, (t: string) => string][] = [
  ['delete a footnote definition whose call is in another block', (t) => replaceOnce(t, '[^1]: Kamerstuk 29 754, nr. 482.\n\n', '')],
  ['add the definition of a call that had none', (t) => t + '\n[^3]: Kamerstuk 29 754, nr. 501.\n'],
  ['rename a footnote definition', (t) => replaceOnce(t, '[^2]: Kamerstuk', '[^7]: Kamerstuk')],
  ['define a footnote twice', (t) => t + '\n[^1]: Kamerstuk 29 754, nr. 483.\n'],
  ['turn a definition into plain text', (t) => replaceOnce(t, '[^1]: Kamerstuk', 'Noot [^1] Kamerstuk')],
  ['change the case of a link reference label', (t) => replaceOnce(t, '[brief]: https', '[Brief]: https')],
  ['delete a link reference definition', (t) => t.replace(/^\[brief\]: .*\n/im, '')],
  ['add a footnote definition inside a quote', (t) => t + '\n> [^3]: Kamerstuk 29 754, nr. 502.\n'],
  ['add a footnote definition inside a code fence', (t) => t + '\n```\n[^3]: Kamerstuk 29 754, nr. 502.\n```\n'],
  ['add a Vraag heading before the others', (t) => replaceOnce(t, '### Vraag 1\n', '### Vraag 3\n\nEen vraag vooraf?\n\n### Vraag 1\n')],
  ['delete a Vraag heading', (t) => replaceOnce(t, '### Vraag 2\n\n', '')],
  ['renumber a Vraag heading', (t) => replaceOnce(t, '### Vraag 2\n', '### Vraag 4\n')],
  ['renumber an Antwoord heading', (t) => replaceOnce(t, '### Antwoord 2\n', '### Antwoord 1\n')],
  ['turn a Vraag heading into a bold label', (t) => replaceOnce(t, '### Vraag 2\n', '**Vraag 2**\n')],
  ['turn a heading into a paragraph', (t) => replaceOnce(t, '### Antwoord 1\n', 'Antwoord 1\n')],
  ['add a heading between the Vragen', (t) => replaceOnce(t, '### Vraag 2\n', '## Overige vragen\n\n### Vraag 2\n')],
  ['change the front matter', (t) => replaceOnce(t, 'ontvangen: 2019-07-10', 'ontvangen: 2019-09-10')],
  ['delete the front matter', (t) => t.slice(t.indexOf('### Vraag 1'))],
];

function messagesOf(text: string, cache: MemoryBlockCache): unknown {
  return runRules(analyze(text, { cache }));
}

describe('editing with a shared cache: edits that change another block', () => {
  it('the base document: calls defined in other blocks, one call without a definition (KB201)', () => {
    const kb201 = lintText(BASE).messages.filter((m) => m.ruleId === 'KB201');
    assert.deepEqual(kb201.map((m) => BASE.slice(m.start, m.end)), ['[^3]']);
  });

  for (const [name, edit] of EDITS) {
    it(`${name}: a fresh lint's messages, and the old ones after undo`, () => {
      const cache = new MemoryBlockCache();
      const before = messagesOf(BASE, cache);
      assert.deepEqual(before, lintText(BASE).messages);
      const edited = edit(BASE);
      assert.notEqual(edited, BASE);
      assert.deepEqual(messagesOf(edited, cache), lintText(edited).messages, 'after the edit');
      assert.deepEqual(messagesOf(BASE, cache), before, 'after undo');
    });
  }

  it('going from each edited version straight to the next, on one cache', () => {
    const cache = new MemoryBlockCache();
    messagesOf(BASE, cache);
    for (const [name, edit] of EDITS) {
      const text = edit(BASE);
      assert.deepEqual(messagesOf(text, cache), lintText(text).messages, name);
    }
  });

  it('deleting a definition makes the unchanged block that calls it report KB201', () => {
    const cache = new MemoryBlockCache();
    messagesOf(BASE, cache);
    const edited = EDITS[0]![1](BASE);
    const kb201 = lintText(edited).messages.filter((m) => m.ruleId === 'KB201');
    assert.deepEqual(kb201.map((m) => edited.slice(m.start, m.end)).sort(), ['[^1]', '[^3]']);
    assert.deepEqual(runRules(analyze(edited, { cache })).filter((m) => m.ruleId === 'KB201'), kb201);
  });
});
