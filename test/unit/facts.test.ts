// core/facts.ts block by block, with exact values: what a unit's flat text is, where its pieces
// map back to, what a footnote definition's label and body are, and that every shortcut path gives
// what the parse gives (parsed flag, pieces, lead, definitions included). blocks.test.ts holds the
// block-wise analysis to a whole-document parse, but both sides run through this file's walker, so
// a slip in the walker itself shows only here.
import assert from 'node:assert/strict';
import { computeBatchFacts, computeBlockFacts, flatEndToSource, flatToSource, remarkFacts } from '../../server/src/core/facts.js';
import type { BlockFacts, Unit } from '../../server/src/core/model.js';

const OBJ = '\uFFFC';
const unitsOf = (f: BlockFacts) => f.units.map((u) => ({ kind: u.kind, depth: u.depth, start: u.start, end: u.end, flat: u.flat, footnote: u.footnote, inList: u.inList, inQuote: u.inQuote }));
/** Everything of a unit but the citations (compared by their own tests), as plain data. */
const full = (f: BlockFacts) => ({
  parsed: f.parsed,
  definitions: f.definitions,
  units: f.units.map((u) => ({ ...unitsOf({ ...f, units: [u] })[0], pieces: u.pieces, calls: u.calls, lead: u.lead, citations: u.citations.map((c) => [c.start, c.end, c.text]) })),
});
/** The source text a unit's flat span [a, b) maps to. */
const sourceOf = (src: string, u: Unit, a: number, b: number) => src.slice(flatToSource(u, a), flatEndToSource(u, b));

describe('block facts (core/facts.ts)', () => {
  describe('every shortcut gives what the parse gives', () => {
    // [name, block, injected definitions, whether a shortcut takes it]
    const cases: [string, string, string, boolean][] = [
      ['a plain paragraph with a call', 'Zie Kamerstuk 29 754, nr. 3.[^1] Meer tekst.', '[^1]: x', true],
      ['a heading', '## Stand van zaken moties', '', true],
      ['a bold lead', '**Vraag 1**\nKent u het bericht?', '', true],
      ['an autolink', 'Zie <https://zoek.officielebekendmakingen.nl/kst-29754-3.html> voor de brief.', '', true],
      ['an inline comment', 'Tekst <!-- nog nakijken --> en meer.', '', true],
      ['a comment block', '<!-- kamerbrief-disable KB101 -- reden -->', '', true],
      ['footnote definitions', '[^1]: Kamerstuk 29 754, nr. 3.\n[^2]:\tHandelingen II 2019/20, nr. 5, item 3.\n[^Noot]: Zie ook [^1].', '', true],
      ['brackets with no link definition: literal text', 'Zie [r] hier.', '[^1]: x', true],
      ['brackets with a link definition injected (parsed)', 'Zie [r] hier.', '[r]: https://r.nl', false],
      ['a full reference with its definition injected (parsed)', 'Zie [de brief][r] hier.', '[r]: https://r.nl', false],
      ['a definition with a continuation line (parsed)', '[^1]: Kamerstuk 29 754,\n    nr. 3.', '', false],
    ];
    for (const [name, block, injected, shortcut] of cases) {
      it(name, () => {
        const parsedFlags: boolean[] = [];
        const fast = computeBatchFacts([block], injected, true, parsedFlags)[0]!;
        const slow = computeBatchFacts([block], injected, false)[0]!;
        assert.deepEqual(full(fast), full(slow));
        assert.equal(fast.parsed, true);
        assert.deepEqual(parsedFlags, [!shortcut], 'taken by a shortcut, or by the parse');
      });
    }

    it('the parse is taken, and said, for a block no shortcut can read', () => {
      const flags: boolean[] = [];
      computeBatchFacts(['- een\n- twee', 'Gewone zin.'], '', true, flags);
      assert.deepEqual(flags, [true, false]);
      const none: boolean[] = [];
      computeBatchFacts(['Gewone zin.'], '', false, none);
      assert.deepEqual(none, [true]);
    });
  });

  it('a batch gives each block what its own parse gives', () => {
    const blocks = ['# Kop', '- Zie Kamerstuk 29 754, nr. 3.', '> Geciteerd:\n> Kamerstuk 29 754, nr. 4.', '```\ncode [^1]\n```', 'Slot.[^1]'];
    const batch = computeBatchFacts(blocks, '[^1]: noot', false);
    blocks.forEach((b, i) => assert.deepEqual(full(batch[i]!), full(computeBatchFacts([b], '[^1]: noot', false)[0]!), b));
    assert.deepEqual(full(computeBlockFacts('Slot.[^1]', '[^1]: noot')), full(batch[4]!));
    assert.deepEqual(batch[3]!.units, [], 'a code block has no prose');
  });

  it('remarkFacts takes no shortcut: a hostile block is parsed, not degraded', () => {
    const hostile = `${'['.repeat(401)} Kamerstuk 29 754, nr. 3.`;
    assert.equal(computeBatchFacts([hostile], '', true)[0]!.units[0]!.flat, hostile, 'degraded: the source as text');
    assert.equal(remarkFacts(hostile).units.length, 1);
  });

  it('a degraded block finds its calls by pattern, only for labels defined elsewhere', () => {
    const hostile = `${'*'.repeat(401)} zie[^A] en[^b].`;
    const u = computeBatchFacts([hostile], '[^a]: noot a', true)[0]!.units[0]!;
    assert.deepEqual(u.calls, [{ label: 'A', start: 405, end: 409, flatIndex: 405 }]);
    assert.equal(u.flat, `${'*'.repeat(401)} zie${OBJ} en[^b].`);
    assert.deepEqual([u.kind, u.start, u.end, u.footnote], ['paragraph', 0, hostile.length, null]);
  });

  describe('the walker', () => {
    it('lists, quotes and footnotes mark their units; code and HTML blocks have none', () => {
      const src = '- Een punt.\n\n  > Een citaat.\n\n[^a]: Een noot.\n\n```\nKamerstuk 1\n```\n\n<div>\nKamerstuk 2\n</div>\n\n# Kop\n';
      assert.deepEqual(unitsOf(remarkFacts(src)), [
        { kind: 'paragraph', depth: 0, start: 2, end: 11, flat: 'Een punt.', footnote: null, inList: true, inQuote: false },
        { kind: 'paragraph', depth: 0, start: 17, end: 28, flat: 'Een citaat.', footnote: null, inList: true, inQuote: true },
        { kind: 'paragraph', depth: 0, start: 36, end: 45, flat: 'Een noot.', footnote: 'a', inList: false, inQuote: false },
        { kind: 'heading', depth: 1, start: 94, end: 99, flat: 'Kop', footnote: null, inList: false, inQuote: false },
      ]);
    });

    it('a definition: label as written, the [^…] part, the body after the colon and its spaces or tab', () => {
      const src = '[^Noot]:  \tDe tekst.\n\n[^2]:Direct.';
      const defs = remarkFacts(src).definitions;
      assert.deepEqual(defs, [
        { label: 'Noot', start: 0, end: 20, labelStart: 0, labelEnd: 7, bodyStart: 11, bodyEnd: 20 },
        { label: '2', start: 22, end: 34, labelStart: 22, labelEnd: 26, bodyStart: 27, bodyEnd: 34 },
      ]);
      assert.equal(src.slice(defs[0]!.bodyStart, defs[0]!.bodyEnd), 'De tekst.');
      assert.equal(src.slice(defs[0]!.labelStart, defs[0]!.labelEnd), '[^Noot]');
      // The units inside a definition belong to its label as written.
      assert.deepEqual(remarkFacts(src).units.map((u) => u.footnote), ['Noot', '2']);
    });

    it('a definition inside a list item keeps the position of its bracket', () => {
      const defs = remarkFacts('Tekst.[^x]\n\n> [^x]: Noot.').definitions;
      assert.equal(defs.length, 1);
      assert.equal(defs[0]!.labelStart, 14);
      assert.equal(defs[0]!.bodyStart, 20);
    });

    it('definitions injected after the block give it its calls but no units or definitions of their own', () => {
      const f = computeBatchFacts(['Zie noot.[^n]'], '[^n]: elders gedefinieerd', false)[0]!;
      assert.deepEqual(f.definitions, []);
      assert.equal(f.units.length, 1);
      assert.deepEqual(f.units[0]!.calls, [{ label: 'n', start: 9, end: 13, flatIndex: 9 }]);
      assert.equal(f.units[0]!.flat, `Zie noot.${OBJ}`);
      // A call keeps its label as written; the definition matches it case-blind.
      assert.deepEqual(computeBatchFacts(['Zie noot.[^Bron]'], '[^bron]: x', false)[0]!.units[0]!.calls[0]!.label, 'Bron');
      // Without the injected definition, "[^n]" is literal text.
      assert.equal(computeBatchFacts(['Zie noot.[^n]'], '', false)[0]!.units[0]!.flat, 'Zie noot.[^n]');
    });
  });

  describe('flat text and its map to the source', () => {
    it('markup is dropped, link text kept, code, images and calls become one object each', () => {
      const src = 'Zie *Kamerstuk* **29 754**, ~~nr. 2~~ [nr. 3](https://x.nl) en `code` ![b](b.png) [ref][r] en <b>vet</b>.[^1]\n\n[r]: https://r.nl\n[^1]: n';
      const u = remarkFacts(src).units[0]!;
      assert.equal(u.flat, `Zie Kamerstuk 29 754, ~~nr. 2~~ nr. 3 en ${OBJ} ${OBJ} ref en ${OBJ}vet${OBJ}.${OBJ}`);
      // Every piece maps its flat text onto the same source text, objects onto their whole source.
      for (const p of u.pieces) {
        if (p.len === p.srcLen) assert.equal(src.slice(p.src, p.src + p.srcLen), u.flat.slice(p.flat, p.flat + p.len));
        else assert.equal(u.flat.slice(p.flat, p.flat + p.len), OBJ);
      }
      const code = u.flat.indexOf(OBJ);
      assert.equal(sourceOf(src, u, code, code + 1), '`code`');
      assert.equal(sourceOf(src, u, u.flat.indexOf('nr. 3'), u.flat.indexOf('nr. 3') + 5), 'nr. 3');
    });

    it('strikethrough without remark-gfm stays text, a hard break becomes one newline', () => {
      const src = 'Eerste regel\\\ntweede regel  \nderde';
      const u = remarkFacts(src).units[0]!;
      assert.equal(u.flat, 'Eerste regel\ntweede regel\nderde');
      const br = u.flat.indexOf('\n');
      assert.equal(sourceOf(src, u, br, br + 1), '\\\n');
      const second = u.flat.lastIndexOf('\n');
      assert.equal(sourceOf(src, u, second, second + 1), '  \n');
    });

    it('a quote loses its markers line by line (same length), CRLF becomes a newline and a space', () => {
      const quoted = remarkFacts('> Zie Kamerstuk 29 754,\n>  nr. 3.').units[0]!;
      assert.equal(quoted.flat, 'Zie Kamerstuk 29 754,\n   nr. 3.');
      assert.equal(quoted.inQuote, true);
      const crlf = remarkFacts('Zie Kamerstuk 29 754,\r\nnr. 3.\rEinde.').units[0]!;
      assert.equal(crlf.flat, 'Zie Kamerstuk 29 754,\n nr. 3. Einde.');
      assert.equal(crlf.flat.length, crlf.end - crlf.start, 'one flat character per source character');
    });

    it('a bold lead: its text without the asterisks, its span with them', () => {
      const src = '**Vraag 1**\nKent u het bericht?';
      for (const f of [remarkFacts(src), computeBatchFacts([src], '', true)[0]!]) {
        assert.deepEqual(f.units[0]!.lead, { text: 'Vraag 1', start: 0, end: 11 });
      }
      assert.equal(remarkFacts('Geen **vet** begin.').units[0]!.lead, null);
      assert.equal(remarkFacts('# **Kop**').units[0]!.lead, null, 'a heading has no lead');
    });

    it('flatToSource and flatEndToSource at the edges', () => {
      const src = 'Ab `c` de';
      const u = remarkFacts(src).units[0]!;
      assert.equal(u.flat, `Ab ${OBJ} de`);
      assert.equal(flatToSource(u, 0), 0);
      assert.equal(flatToSource(u, 3), 3, 'the object starts where its source starts');
      assert.equal(flatToSource(u, 4), 6, 'after the object: after its whole source');
      assert.equal(flatToSource(u, 6), 8);
      assert.equal(flatToSource(u, 99), 9, 'past the end: the end of the last piece');
      assert.equal(flatEndToSource(u, 0), 0);
      assert.equal(flatEndToSource(u, 3), 3);
      assert.equal(flatEndToSource(u, 4), 6, 'an end inside the object: the whole object');
      assert.equal(flatEndToSource(u, 7), 9);
      assert.equal(flatEndToSource(u, 99), 9, 'past the end: the end of the last piece');
      assert.equal(flatToSource({ pieces: [], end: 42 }, 5), 42);
      assert.equal(flatEndToSource({ pieces: [], end: 42 }, 5), 42);
    });

    it('a citation across markup is found with its source span, and offers no fix that would destroy the markup', () => {
      const src = 'Zie Kamerstuk *29754*, nr. 3 en Kamerstuk 29754, nr. 4.';
      const u = remarkFacts(src).units[0]!;
      assert.deepEqual(u.citations.map((c) => c.text), ['Kamerstuk *29754*, nr. 3', 'Kamerstuk 29754, nr. 4']);
      const fixes = u.citations.map((c) => c.issues.map((i) => i.fix && src.slice(i.fix.span.start, i.fix.span.end)));
      assert.deepEqual(fixes[0], fixes[0]!.map(() => undefined), 'markup inside: no fix');
      assert.ok(fixes[1]!.some((f) => f === 'Kamerstuk 29754, nr. 4' || f === '29754'), JSON.stringify(fixes[1]));
    });

    it('a loose issue carries its own source text, also after an object', () => {
      const src = 'Met `x` in *het* vergaderjaar 2019/20 besproken.';
      const u = remarkFacts(src).units[0]!;
      assert.equal(u.loose.length, 1);
      assert.equal(u.loose[0]!.text, 'vergaderjaar 2019/20');
      assert.equal(src.slice(u.loose[0]!.span.start, u.loose[0]!.span.end), 'vergaderjaar 2019/20');
      assert.equal(src.slice(u.loose[0]!.fix!.span.start, u.loose[0]!.fix!.span.end), 'vergaderjaar 2019/20');
    });
  });
});

describe('shortcuts against the parse, on generated blocks (core/fast-path.ts through facts.ts)', () => {
  // Fragments chosen where the shortcut must decline or must map exactly: brackets next to calls,
  // comments and autolinks at line starts, bold leads, headings, tabs, CR, hard breaks.
  const FRAGMENTS = [
    'Zie ', 'tekst', ' en ', 'de brief ', 'Zie ', 'tekst', ' ', '\t', '\n', '  \n', '\r\n', '[^1]', '[^A]', '[^x y]', '[^9]', '[x]', ']', '[', '(b)', ':', '[^1]:',
    '<!-- c -->', '<https://www.tweedekamer.nl/a>', '<b>', '**Vraag 1**', '**', '# ', '## ', '#', '`c`', '*', '_', '\\*',
    'Kamerstuk 29754,nr. 3', 'Kamerstukken II 2019/20, 29 754, nr. 3', '&amp;', '> ', '- ', '1. ', '.', ',',
  ];
  const TAKEN = 454;
  const INJECTED = ['', '[^1]: een\n[^a]: twee', '[x]: https://x.nl', '[^9]: negen\n[x]: https://x.nl'];
  /** mulberry32: the same blocks on every run. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('every block a shortcut takes gets exactly what the parse gives (2,000 generated blocks)', () => {
    const next = random(20261207);
    const byInjected = new Map<string, string[]>(INJECTED.map((i) => [i, []]));
    for (let n = 0; n < 2000; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 5) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
      // Blocks as analyze() passes them: no blank line inside, no leading or trailing blank line.
      const block = (n % 3 === 0 ? '[^1]: ' : '') + parts.join('').replace(/\n[ \t]*\r?\n/g, '\n').replace(/^\s+|\s+$/g, '');
      if (block) byInjected.get(INJECTED[n % INJECTED.length]!)!.push(block);
    }
    let taken = 0;
    for (const [injected, blocks] of byInjected) {
      // The shortcuts in one batch; each taken block against its own parse (the generated blocks
      // are not one document: a definition in one would define a label for the others).
      const flags: boolean[] = [];
      const fast = computeBatchFacts(blocks, injected, true, flags);
      blocks.forEach((block, i) => {
        if (flags[i]) return;
        taken++;
        assert.deepEqual(full(fast[i]!), full(computeBatchFacts([block], injected, false)[0]!), JSON.stringify([block, injected]));
      });
    }
    // What the shortcuts take is a speed matter only, so nothing else would notice a change: a
    // shortcut that declines more (or takes more) changes this count. Check that such a change is
    // wanted, then update the number.
    assert.equal(taken, TAKEN, `${taken} blocks taken by a shortcut`);
  });
});
