// The hover card of a Kamerstuk from the snapshot: what it says for the real gewijzigde motie
// 19 637, nr. 3384, and that nothing from the data can become a link, a command or HTML.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { keyCard } from '../../server/src/core/features/data-card.js';
import { snapshotFromData } from '../../server/src/data/store.js';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../../server/src/data/types.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

// The most permissive renderer: HTML and bare links on. Escaped text must survive even this one.
const md = new MarkdownIt({ html: true, linkify: true });

function threeDaysAfter(iso: string): Date {
  return new Date(new Date(iso).getTime() + 3 * 86_400_000 + 3_600_000);
}

describe('snapshot hover card', () => {
  it('tells what the fixture knows about the gewijzigde motie 19 637, nr. 3384', () => {
    const data = fixtureSnapshot();
    const card = keyCard('19637:3384', data, threeDaysAfter(data.meta.createdAt))!;
    const lines = card.split('  \n');
    assert.equal(lines[0], '**Motie \\(gewijzigd/nader\\)** · 2025-02-18 · vergaderjaar 2024-2025');
    assert.match(card, /Gewijzigde motie van het lid Podt c\.s\. over een betere schaderegeling .* \\\(t\.v\.v\. 19637-3370\\\)/);
    assert.ok(lines.includes('Dossier: Vreemdelingenbeleid'));
    assert.ok(lines.includes('Indiener: Podt'));
    assert.ok(lines.some((l) => /^Medeindieners: Piri, Van Nispen, .*Van der Plas$/.test(l)));
    assert.ok(lines.includes('Ter vervanging van: Kamerstuk 19 637, nr. 3370'));
    assert.equal(lines.at(-1), '_Gegevens van 25 april 2025 (3 dagen geleden)._');
    // Nothing the samples do not state: no vote on either version is in them.
    assert.doesNotMatch(card, /Afloop/);
    const original = keyCard('19637:3370', data, threeDaysAfter(data.meta.createdAt))!;
    assert.ok(original.split('  \n').includes('Gewijzigd door: Kamerstuk 19 637, nr. 3384'));
  });

  it('shows a hostile title, onderwerp, name or party as text', () => {
    const evil = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `code` **vet** ![b](b.png) &amp; <script>';
    const data: SnapshotData = {
      meta: { format: SNAPSHOT_FORMAT, createdAt: '2026-01-01T00:00:00.000Z', origin: 'test', syncedUntil: {}, counts: { dossiers: 1, documents: 1, moties: 1, persons: 0 } },
      dossiers: [{ key: '30000', nummer: 30000, toevoeging: null, titel: `Dossier ${evil}` }],
      documents: [{ key: '30000:1', dossier: '30000', nr: '1', soort: `Motie ${evil}`, titel: evil, onderwerp: `Motie van het lid ${evil}`, datum: `2025 ${evil}`, vergaderjaar: evil }],
      moties: [
        {
          key: '30000:1',
          zaakNummer: null,
          gewijzigd: false,
          indieners: [{ naam: `Lid ${evil}`, fractie: `Partij ${evil}` }],
          medeIndieners: [{ naam: evil, fractie: null }],
          besluiten: [],
          uitkomst: null,
          vervangt: null,
          vervangenDoor: [],
        },
      ],
      persons: [],
    };
    const card = keyCard('30000:1', snapshotFromData(data), new Date('2026-01-02T00:00:00.000Z'))!;
    const html = md.render(card);
    assert.doesNotMatch(html, /<a[\s>]/, 'no link');
    assert.doesNotMatch(html, /<img|<script/, 'no HTML element from the data');
    assert.doesNotMatch(html, /<code>|<strong>vet/, 'no formatting from the data');
    assert.ok(html.includes('[x](command:workbench.action.terminal.new) &lt;img src=x onerror=alert(1)&gt;'), html);
    assert.ok(html.includes('&amp;amp;'), 'an entity stays literal text');
    for (const line of ['Dossier: ', 'Indiener: Lid ', 'Medeindieners: ']) assert.ok(html.includes(line), line);
  });
});
