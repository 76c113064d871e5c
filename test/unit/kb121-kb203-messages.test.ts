// KB121 (a Kamerstuk the data does not know) and KB203 (footnote numbering), message by message:
// what is left out (outside the snapshot's dossiers, before 2008, the Eerste Kamer, a damaged
// part of the snapshot), the exact text, which number of several is missing, and for KB203 the
// renumbering plan with uncalled definitions after the called ones, leading zeros and the
// label inside the definition. The rule fixtures check only the lines the rules speak on.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import type { Snapshot } from '../../server/src/core/data-port.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const AGE = '2025-04-25';
const tail = (which = '', known = true) => `(${which}niet in de gegevens van ${AGE}${known ? ', het dossier wel' : ''}; controleer het nummer of werk de gegevens bij)`;

function kb121(text: string, data: Snapshot = fixtureSnapshot()) {
  return lintText(text, { data }).messages.filter((m) => m.ruleId === 'KB121').map((m) => ({ found: text.slice(m.start, m.end), message: m.message, certainty: m.certainty, severity: m.severity }));
}

/** The fixture snapshot seen through another scope, or with a damaged part. */
function variant(scope: string[] | null, unreadable: (key: string) => boolean = () => false): Snapshot {
  const fx = fixtureSnapshot();
  return {
    meta: { ...fx.meta, scope: scope ? { dossiers: scope } : null },
    document: (k: string) => fx.document(k),
    dossier: (k: string) => fx.dossier(k),
    unreadable,
  } as unknown as Snapshot;
}

describe('KB121 citatie-onbekend', () => {
  it('an unknown number in a known dossier: one unverified info with the exact text', () => {
    assert.deepEqual(kb121('Zie Kamerstuk 29 754, nr. 999.'), [{
      found: 'Kamerstuk 29 754, nr. 999',
      message: `Onverwacht Kamerstuk "Kamerstuk 29 754, nr. 999", verwacht een Kamerstuk dat in de gegevens van de Kamer staat ${tail()}`,
      certainty: 'unverified',
      severity: 'info',
    }]);
  });

  it('several numbers: the message names the one the data lacks', () => {
    assert.deepEqual(kb121('Zie Kamerstuk 29 754, nrs. 482 en 996.').map((m) => m.message), [
      `Onverwacht Kamerstuk "Kamerstuk 29 754, nrs. 482 en 996", verwacht een Kamerstuk dat in de gegevens van de Kamer staat ${tail('nr. 996 ')}`,
    ]);
  });

  it('known documents, toevoegingen and sub-dossiers are found', () => {
    assert.deepEqual(kb121('Zie Kamerstuk 29 754, nr. 482, Kamerstuk 36 410 XVI, nr. 66, Kamerstuk 21 501-20, nr. 2118 en Kamerstukken II 2024/25, 19637, nr. 3370.'), []);
    assert.deepEqual(kb121('Zie Kamerstuk 36 410 XVI, nr. 67 en Kamerstuk 21 501-20, nr. 2119.').map((m) => m.found), ['Kamerstuk 36 410 XVI, nr. 67', 'Kamerstuk 21 501-20, nr. 2119']);
  });

  it('left out: the Eerste Kamer, before September 2008, outside the snapshot\'s dossiers, a damaged part, malformed citations', () => {
    assert.deepEqual(kb121('Zie Kamerstukken I 2019/20, 29 754, nr. 997.'), []);
    assert.deepEqual(kb121('Zie Kamerstukken II 2005/06, 29754, nr. 998.'), []);
    assert.equal(kb121('Zie Kamerstukken II 2008/09, 29754, nr. 998.').length, 1, 'from 2008 on');
    assert.deepEqual(kb121('Zie Kamerstuk 12 345, nr. 6.'), [], 'not a dossier the snapshot covers');
    assert.deepEqual(kb121('Zie Kamerstuk 29 754, nr. 999.', variant(null, (k) => k === '29754:999')), [], 'damaged: the shell says so, not KB121');
    assert.deepEqual(kb121('Zie Kamerstuk 29754 nr. 999.'), [], 'a malformed citation gets its notation message first');
  });

  it('the scope: a sub-dossier counts when its main dossier is covered; a whole snapshot covers every dossier', () => {
    assert.equal(kb121('Zie Kamerstuk 21 501-20, nr. 9999.', variant(['21501'])).length, 1);
    assert.deepEqual(kb121('Zie Kamerstuk 21 501-20, nr. 9999.', variant(['29754'])), []);
    const whole = kb121('Zie Kamerstuk 12 345, nr. 6.', variant(null));
    assert.deepEqual(whole.map((m) => m.message), [`Onverwacht Kamerstuk "Kamerstuk 12 345, nr. 6", verwacht een Kamerstuk dat in de gegevens van de Kamer staat ${tail('', false)}`]);
  });

  it('without data: nothing', () => {
    assert.deepEqual(lintText('Zie Kamerstuk 29 754, nr. 999.').messages.filter((m) => m.ruleId === 'KB121'), []);
  });
});

function kb203(text: string) {
  return lintText(text).messages.filter((m) => m.ruleId === 'KB203').map((m) => [text.slice(m.start, m.end), m.message, m.fix?.text]);
}
const order = 'voetnoten lopen van 1 tot n in volgorde van eerste verwijzing';

describe('KB203 voetnoot-volgorde', () => {
  it('renumbers in the order of first call; calls and definition labels each get their own fix', () => {
    const text = 'Eerst[^2] dan[^1].\n\n[^1]: Een.\n[^2]: Twee.\n';
    assert.deepEqual(kb203(text), [
      ['[^2]', `Onverwacht voetnootnummer "[^2]", verwacht "[^1]" (${order})`, '[^1]'],
      ['[^1]', `Onverwacht voetnootnummer "[^1]", verwacht "[^2]" (${order})`, '[^2]'],
      ['[^1]', `Onverwacht voetnootnummer in de voetnoottekst "[^1]", verwacht "[^2]" (${order})`, '[^2]'],
      ['[^2]', `Onverwacht voetnootnummer in de voetnoottekst "[^2]", verwacht "[^1]" (${order})`, '[^1]'],
    ]);
  });

  it('an uncalled numbered definition comes after the called ones; a gap is closed', () => {
    assert.deepEqual(kb203('Tekst[^1] en[^3].\n\n[^1]: Een.\n[^2]: Niet aangeroepen.\n[^3]: Drie.\n').map(([found, , fix]) => [found, fix]), [
      ['[^3]', '[^2]'],
      ['[^2]', '[^3]'],
      ['[^3]', '[^2]'],
    ]);
  });

  it('in order already: nothing; a leading zero is a different label to fix', () => {
    assert.deepEqual(kb203('Tekst[^1] en[^2].\n\n[^1]: Een.\n[^2]: Twee.\n'), []);
    assert.deepEqual(kb203('Tekst[^01].\n\n[^01]: Een.\n').map(([found, , fix]) => [found, fix]), [['[^01]', '[^1]'], ['[^01]', '[^1]']]);
  });

  it('named labels and calls inside footnotes do not set the order', () => {
    assert.deepEqual(kb203('Tekst[^bron] en[^1].\n\n[^bron]: Zie ook[^2].\n[^1]: Een.\n[^2]: Twee.\n'), []);
    // A footnote's own call standing earlier in the text than the body's calls still does not count.
    assert.deepEqual(kb203('Tekst[^bron].\n\n[^bron]: Zie ook[^2].\n\nMeer[^1] en[^2].\n\n[^1]: Een.\n[^2]: Twee.\n'), []);
  });
});
