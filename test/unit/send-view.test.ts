// core/rules/send-view.ts: the draft as it would be sent (KB601–KB604) — only blocks with the trigger,
// paragraphs and headings as runs of shown text with their source offsets, HTML comments (on their
// own or inside a paragraph), link targets, quotes, and nothing from code.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { leafText, runSpan, sendView } from '../../server/src/core/rules/send-view.js';

const TRIGGER = /\[datum\]|\[plaats\]|XXX|<!--/;

describe('send view', () => {
  const text = [
    '## Stand van zaken [datum]',
    'Deze alinea heeft geen plaatshouder.',
    '> Op [datum] ontvangt u \\*nog\\* de brief van [de minister](https://www.rijksoverheid.nl) <!-- nagaan -->.',
    '<!-- TODO: cijfers nagaan bij DUO -->',
    'Postbus 20011  \n2500 EA [plaats]',
    '[rijksoverheid]: https://www.rijksoverheid.nl/XXX',
    '```\n[datum]\n```',
    'Zie `[datum]` in het sjabloon.',
  ].join('\n\n');
  // Built in each test, not once when the file loads.
  const viewOf = () => sendView(analyze(text), TRIGGER);
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

  it('reads only the blocks that hold the trigger, code excepted, as leaves of shown text', () => {
    const view = viewOf();
    assert.deepEqual(
      view.leaves.map((l) => `${l.kind}${l.inQuote ? ' (citaat)' : ''}: ${leafText(l)}`),
      [
        'heading: Stand van zaken [datum]',
        'paragraph (citaat): Op [datum] ontvangt u *nog* de brief van de minister .',
        'paragraph: Postbus 200112500 EA [plaats]',
        'paragraph: Zie  in het sjabloon.',
      ],
    );
    const quote = view.leaves[1]!;
    assert.deepEqual({ start: quote.start, end: quote.end }, at('Op [datum] ontvangt u \\*nog\\* de brief van [de minister](https://www.rijksoverheid.nl) <!-- nagaan -->.'));
  });

  it('a run is exact only where the source shows the same characters', () => {
    const view = viewOf();
    const [escaped, linkText] = view.leaves[1]!.runs;
    assert.deepEqual(escaped, { value: 'Op [datum] ontvangt u *nog* de brief van ', ...at('Op [datum] ontvangt u \\*nog\\* de brief van '), exact: false });
    assert.deepEqual(linkText, { value: 'de minister', ...at('de minister'), exact: true });
    // Inside an inexact run a match covers the whole run; inside an exact one just the match.
    assert.deepEqual(runSpan(escaped!, 3, 10), at('Op [datum] ontvangt u \\*nog\\* de brief van '));
    const address = view.leaves[2]!.runs;
    assert.deepEqual(address.map((r) => text.slice(r.start, r.end)), ['Postbus 20011', '2500 EA [plaats]']);
    assert.deepEqual(runSpan(address[1]!, 8, 16), at('[plaats]'));
  });

  it('collects HTML comments, on their own and inside a paragraph, and link targets', () => {
    const view = viewOf();
    assert.deepEqual(view.html, [
      { value: '<!-- nagaan -->', ...at('<!-- nagaan -->') },
      { value: '<!-- TODO: cijfers nagaan bij DUO -->', ...at('<!-- TODO: cijfers nagaan bij DUO -->') },
    ]);
    assert.deepEqual(view.links, [{ url: 'https://www.rijksoverheid.nl', ...at('[de minister](https://www.rijksoverheid.nl)') }]);
  });
});
