// Document identifiers as written in drafts (core/citations/ids.ts): kst-, h-, ah-, stb-, stcrt-
// and trb- ids, what they resolve to, and each slip with its explanation and fix — what a
// mutation run over ids.ts showed no test held.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';
import { assertOneSlip } from '../helpers/slips.js';

describe('document identifiers', () => {
  it('resolves valid ids to their kind, canonical citation and numbers', () => {
    const cases: [string, string, string | null, string[], number | null][] = [
      ['stb-2019-123', 'staatsblad', 'Stb. 2019, 123', ['123'], 2019],
      ['stcrt-2020-45', 'staatscourant', 'Stcrt. 2020, 45', ['45'], 2020],
      ['trb-2018-7', 'tractatenblad', 'Trb. 2018, 7', ['7'], 2018],
      ['kst-36410-A-3', 'kamerstuk', 'Kamerstuk 36 410 A, nr. 3', ['3'], null],
      ['kst-21501-02-1234', 'kamerstuk', 'Kamerstuk 21 501-02, nr. 1234', ['1234'], null],
      ['h-tk-20102011-108-5', 'handelingen', 'Handelingen II 2010/11, nr. 108, item 5', [], null],
      // Before 2010/11 an item id has no citation form of its own (pages were numbered then).
      ['h-tk-20092010-28-9', 'handelingen', null, [], null],
    ];
    for (const [id, kind, canonical, nrs, jaar] of cases) {
      const [c, ...rest] = scanCitations(`Zie ${id}.`).citations;
      assert.equal(rest.length, 0, id);
      assert.deepEqual([c!.kind, c!.canonical, c!.nrs, c!.jaar, c!.id, c!.valid], [kind, canonical, nrs, jaar, id, true], id);
      assert.deepEqual(lintText(`Zie ${id}.`).messages, [], id);
    }
  });

  it('explains each slip in an id, and fixes it where the right id is known', () => {
    const cases: [string, string, string, string | null, string | null][] = [
      ['kst-36410-viii-3', 'KB104', 'toevoeging in een id in hoofdletters', 'kst-36410-VIII-3', 'Kamerstuk 36 410 VIII, nr. 3'],
      ['kst-29754 501', 'KB104', 'spatie in plaats van koppelteken in de id', 'kst-29754-501', 'Kamerstuk 29 754, nr. 501'],
      ['kst-29 754-501', 'KB104', 'geen spatie in het dossiernummer van een id', 'kst-29754-501', 'Kamerstuk 29 754, nr. 501'],
      ['h-tk-2018-2019-28-9', 'KB112', 'vergaderjaar in een id is acht cijfers zonder streepje', 'h-tk-20182019-28-9', 'Handelingen II 2018/19, nr. 28, item 9'],
      ['h-tk-2018-2020-28-9', 'KB112', 'vergaderjaar in een id is acht cijfers zonder streepje', null, null],
      ['h-tk-20182020-28-9', 'KB111', 'vergaderjaar in de id bestaat niet uit twee opeenvolgende jaren', null, null],
      ['ah-tk-20182020-28', 'KB111', 'vergaderjaar in de id bestaat niet uit twee opeenvolgende jaren', null, null],
      ['ah-tk-2018-2019-28', 'KB113', 'vergaderjaar in een id is acht cijfers zonder streepje', 'ah-tk-20182019-28', 'Aanhangsel Handelingen II 2018/19, nr. 28'],
      ['ah-tk-2018-2020-28', 'KB113', 'vergaderjaar in een id is acht cijfers zonder streepje', null, null],
      // One year written: the vergaderjaar that starts in it.
      ['ah-tk-2018-28', 'KB113', 'vergaderjaar in een id is acht cijfers (JJJJJJJJ)', 'ah-tk-20182019-28', 'Aanhangsel Handelingen II 2018/19, nr. 28'],
    ];
    for (const [id, rule, why, fix, canonical] of cases) {
      const draft = `Zie ${id}.`;
      assertOneSlip(draft, { rule, span: id, why, fix });
      const [c] = scanCitations(draft).citations;
      assert.equal(c!.canonical, canonical, draft);
      assert.equal(c!.valid, false, draft);
    }
  });
});

describe('an id cited after "Kamerstuk"', () => {
  it('is rewritten to the citation the id stands for, with what the id says', () => {
    const h = 'Zie Kamerstuk h-tk-20182019-28-9.';
    assertOneSlip(h, { rule: 'KB101', span: h.slice(4, -1), why: 'id geciteerd als Kamerstuk: schrijf het citaat waar de id voor staat', fix: 'Handelingen II 2018/19, nr. 28, item 9' });
    const [c] = scanCitations(h).citations;
    assert.deepEqual(
      [c!.kind, c!.style, c!.id, c!.chamber, c!.vergaderjaar, c!.vergadernummer, c!.item],
      ['handelingen', 'neutral', 'h-tk-20182019-28-9', 'II', '2018-2019', '28', '9'],
    );
    const [k] = scanCitations('Zie Kamerstuk kst-29754-482.').citations;
    assert.deepEqual([k!.kind, k!.canonical, k!.dossier, k!.nrs, k!.id], ['kamerstuk', 'Kamerstuk 29 754, nr. 482', [29754], ['482'], 'kst-29754-482']);
  });

  it('names the id\'s own slips too, and gives no rewrite when the id cannot be read', () => {
    const spaced = 'Zie Kamerstuk kst-29754 482.';
    // KB101's error and KB104's warning make the same rewrite: one message names both slips.
    const messages = lintText(spaced).messages;
    assert.deepEqual(messages.map((m) => [m.ruleId, m.severity, m.fix?.text]), [['KB101', 'error', 'Kamerstuk 29 754, nr. 482']]);
    assert.ok(messages[0]!.message.endsWith('(id geciteerd als Kamerstuk: schrijf het citaat waar de id voor staat; spatie in plaats van koppelteken in de id)'), messages[0]!.message);
    const broken = 'Zie Kamerstuk ah-tk-2018-2020-28.';
    const [b] = lintText(broken).messages;
    assert.equal(b!.fix, undefined);
    assert.ok(b!.message.endsWith('(id geciteerd als Kamerstuk: schrijf het citaat waar de id voor staat; vergaderjaar in een id is acht cijfers zonder streepje)'), b!.message);
  });

  it('a document number (D-number) is a warning without a fix: only the Kamer\'s data knows its Kamerstuk', () => {
    const draft = 'Zie Kamerstuk 2024D28457.';
    const [m] = lintText(draft).messages;
    assert.deepEqual([m!.ruleId, m!.severity, m!.fix], ['KB101', 'warning', undefined]);
    assert.ok(m!.message.endsWith('(documentnummer geciteerd als Kamerstuk: citeer het Kamerstuk zelf, met dossier en nr.)'), m!.message);
    assert.equal(scanCitations(draft).citations[0]!.canonical, null);
  });
});
