// KB312 (toezegging-register) and KB122 (gegevens-verouderd) with snapshots built in memory: what
// counts as a match, what counts as a claim of fulfilment, silence without a register, silence on
// the real corpus, and the data's age against a fixed "now".
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.js';
import { doneClaim } from '../../server/src/core/rules/kb312-toezegging-register/index.js';
import { contentWords, textMatches } from '../../server/src/core/rules/toezegging/register.js';
import { snapshotFromData } from '../../server/src/data/store.js';
import { mapToezegging } from '../../server/src/data/sync/toezeggingen.js';
import type { SnapshotData, ToezeggingRecord } from '../../server/src/data/types.js';
import { ROOT, SAMPLES } from '../helpers/paths.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const REGISTER: ToezeggingRecord[] = (JSON.parse(fs.readFileSync(path.join(SAMPLES, 'tk-odata-toezegging-page.DERIVED.json'), 'utf8')) as { value: Record<string, unknown>[] }).value
  .map((e) => mapToezegging(e))
  .filter((t) => t !== null);

function snapshot(toezeggingen: ToezeggingRecord[] | undefined, createdAt = '2026-12-03T10:00:00.000Z') {
  const data: SnapshotData = { meta: { format: 2, createdAt, origin: 'test', syncedUntil: {}, counts: { dossiers: 0, documents: 0, moties: 0, persons: 0 }, scope: null }, dossiers: [], documents: [], moties: [], persons: [], ...(toezeggingen ? { toezeggingen } : {}) };
  return snapshotFromData(data);
}
const NOW = new Date('2026-12-06T12:00:00.000Z');
const kb = (text: string, data: ReturnType<typeof snapshot> | null, now = NOW) =>
  lintText(text, { data, now }).messages.filter((m) => m.ruleId === 'KB312' || m.ruleId === 'KB122').map((m) => `${m.ruleId} ${m.severity}`);

const DONE_EARLIER = '## Toezegging – Toolkit evidence based werken preventie radicalisering\n\nTijdens het AO Preventie van 20 juni 2018 is toegezegd in te gaan op de toolkit evidence based werken preventie radicalisering voor gemeenten. Deze toezegging is reeds nagekomen.\n';

describe('KB312 toezegging-register', () => {
  it('a claim of fulfilment before this letter, not fulfilment by this letter or a future one', () => {
    assert.equal(doneClaim('Deze toezegging is reeds nagekomen.'), 'Deze toezegging is reeds nagekomen.');
    assert.equal(doneClaim('Het onderzoek is in mei afgerond. De resultaten volgen.'), 'Het onderzoek is in mei afgerond.');
    assert.equal(doneClaim('Hiermee wordt de toezegging van 6 september jl. aan lid Koerhuis als afgedaan beschouwd.'), null);
    assert.equal(doneClaim('Met deze brief is de toezegging nagekomen.'), null);
    assert.equal(doneClaim('Het onderzoek is nog niet afgerond.'), null);
    assert.equal(doneClaim('Zodra het onderzoek is afgerond, informeer ik uw Kamer.'), null);
  });

  it('matches by content words, plural and compound stripped of nothing but inflection', () => {
    assert.ok(contentWords('de gesprekken met koepelorganisaties').has('gesprek'));
    const [best] = textMatches(REGISTER, 'Toolkit evidence based werken preventie radicalisering');
    assert.equal(best?.entry.nummer, 'TZ201806-902');
    assert.deepEqual(textMatches(REGISTER, 'Verkeersveiligheid op provinciale wegen'), []);
  });

  it('warns when the register still has it open, not when it is fulfilled there', () => {
    assert.deepEqual(kb(DONE_EARLIER, snapshot(REGISTER)), ['KB312 warning']);
    const fulfilled = REGISTER.map((t) => (t.nummer === 'TZ201806-902' ? { ...t, status: 'Voldaan' } : t));
    assert.deepEqual(kb(DONE_EARLIER, snapshot(fulfilled)), []);
  });

  it('an unknown number and a section like no entry are infos; a known number in a footnote matches', () => {
    assert.deepEqual(kb('## Toezegging – Stikstofbank (TZ202401-999)\n\nZie het debat van 8 januari 2024.\n', snapshot(REGISTER)), ['KB312 info']);
    assert.deepEqual(kb('## Toezegging – Verkeersveiligheid op provinciale wegen\n\nTijdens het commissiedebat van 12 maart 2024 toegezegd.\n', snapshot(REGISTER)), ['KB312 info']);
    assert.deepEqual(kb('## Toezegging – Drones\n\nHiermee is de toezegging[^1] afgedaan.\n\n[^1]: Toezegging TZ202309-010\n', snapshot(REGISTER)), []);
  });

  it('is silent without data, without a register, and with an empty one', () => {
    assert.deepEqual(kb(DONE_EARLIER, null), []);
    assert.deepEqual(kb(DONE_EARLIER, snapshot(undefined)), []);
    assert.deepEqual(kb(DONE_EARLIER, snapshot([])), []);
  });

  it('stays quiet on the real letters and the example drafts with the fixture snapshot', () => {
    const folders = ['test/corpus/real', 'test/corpus/holdout', 'examples'].map((f) => path.join(ROOT, f));
    const files = folders.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.md') && !/^(README|SOURCES)\.md$/.test(f)).map((f) => path.join(d, f)));
    assert.ok(files.length > 20, `${files.length} letters`);
    const hits = files.flatMap((f) => lintText(fs.readFileSync(f, 'utf8'), { data: fixtureSnapshot() }).messages.filter((m) => m.ruleId === 'KB312').map((m) => `${path.basename(f)}: ${m.message}`));
    assert.deepEqual(hits, []);
  });
});

describe('KB122 gegevens-verouderd', () => {
  it('one info on the first line when data older than 30 days back a message', () => {
    const text = `# Brief\n\n${DONE_EARLIER}`;
    const messages = lintText(text, { data: snapshot(REGISTER, '2026-11-01T00:00:00.000Z'), now: NOW }).messages.filter((m) => m.ruleId === 'KB122');
    assert.equal(messages.length, 1);
    assert.deepEqual([messages[0]!.start, messages[0]!.end, messages[0]!.severity], [0, 7, 'info']);
    assert.match(messages[0]!.message, /^Onverwachte ouderdom van de gegevens "35 dagen", verwacht gegevens van hooguit 30 dagen oud \(gegevens van 1 november 2026;/);
  });

  it('nothing with fresh data, without data-backed messages, or when KB122 is switched off', () => {
    assert.deepEqual(kb(DONE_EARLIER, snapshot(REGISTER, '2026-11-20T00:00:00.000Z')), ['KB312 warning']);
    assert.deepEqual(kb('# Brief\n\nGeen moties of toezeggingen.\n', snapshot(REGISTER, '2025-01-01T00:00:00.000Z')), []);
    const off = lintText(DONE_EARLIER, { data: snapshot(REGISTER, '2025-01-01T00:00:00.000Z'), now: NOW, config: { rules: { KB122: 'off' } } }).messages;
    assert.deepEqual(off.map((m) => m.ruleId), ['KB312']);
  });
});
