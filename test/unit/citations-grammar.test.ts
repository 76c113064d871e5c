// The citation grammar on the forms of citations.md §2–§3 and §9: what it recognises (kind,
// house-style form, fields, id and URL), which rule reports what, and what the fixes write.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import type { Citation, CitationIssue } from '../../server/src/core/types.js';

const OB = 'https://zoek.officielebekendmakingen.nl/';

function only(text: string): Citation {
  const { citations } = scanCitations(text);
  assert.equal(citations.length, 1, `one citation in ${JSON.stringify(text)}, found ${JSON.stringify(citations.map((c) => c.text))}`);
  return citations[0]!;
}

function issuesOf(text: string): CitationIssue[] {
  const { citations, loose } = scanCitations(text);
  return [...citations.flatMap((c) => c.issues), ...loose];
}

const rules = (text: string): string[] => [...new Set(issuesOf(text).map((i) => i.ruleId))].sort();

/** The text after applying the first fix, or null when nothing offers one. */
function fixed(text: string): string | null {
  const fix = issuesOf(text).find((i) => i.fix)?.fix;
  return fix ? text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end) : null;
}

/** Valid as written: one citation, no issue, house form = input. */
function assertValid(text: string, canonical: string | null = text): Citation {
  const c = only(text);
  assert.deepEqual(c.issues.map((i) => `${i.ruleId} ${i.reason}`), [], text);
  assert.equal(c.valid, true);
  assert.equal(c.text, text);
  assert.equal(c.canonical, canonical);
  return c;
}

/** Invalid: exactly these rules report, and the fix writes `fixTo` (null: no fix offered). */
function assertInvalid(text: string, ruleIds: string[], fixTo: string | null): void {
  assert.deepEqual(rules(text), [...ruleIds].sort(), `rules for ${JSON.stringify(text)}: ${JSON.stringify(issuesOf(text).map((i) => i.reason))}`);
  assert.equal(fixed(text), fixTo, `fix of ${JSON.stringify(text)}`);
  for (const c of scanCitations(text).citations) if (c.issues.length) assert.equal(c.valid, false);
}

describe('citation grammar: Kamerstuk in letter style (§3.1)', () => {
  const valid: [string, Partial<Citation>][] = [
    ['Kamerstuk 29 754, nr. 482', { kind: 'kamerstuk', dossier: [29754], toevoeging: null, nrs: ['482'], id: 'kst-29754-482', style: 'letter' }],
    ['Kamerstuk 36 410 VIII, nr. 82', { toevoeging: 'VIII', id: 'kst-36410-VIII-82' }],
    ['Kamerstuk 36 410 A, nr. 51', { toevoeging: 'A', id: 'kst-36410-A-51' }],
    ['Kamerstuk 21 501-02, nr. 2498', { toevoeging: '02', id: 'kst-21501-02-2498' }],
    ['Kamerstuk 21 501-20, nr. 2128', { toevoeging: '20', id: 'kst-21501-20-2128' }],
    ['Kamerstuk 36 410 IIA, nr. 3', { toevoeging: 'IIA', id: 'kst-36410-IIA-3' }],
    ['Kamerstuk 36 455 (R2188), nr. 3', { rijkswet: 'R2188', id: 'kst-36455-3' }],
    ['Kamerstuk 34 105, nrs. 16 en 17', { nrs: ['16', '17'], id: 'kst-34105-16' }],
    ['Kamerstuk 34 105, nrs. 422, 463, 508', { nrs: ['422', '463', '508'] }],
    ['Kamerstuk 34 105, nrs. 10-11', { nrs: ['10', '11'] }],
    ['Kamerstuk 34 105, nrs. 10 t/m 14', { nrs: ['10', '14'] }],
    ['Bijlage bij Kamerstuk 29 754, nr. 482', { id: 'kst-29754-482' }],
    ['Kamerstuk 9 754, nr. 3', { dossier: [9754] }],
  ];
  for (const [text, fields] of valid) {
    it(`recognises ${text}`, () => {
      const c = assertValid(text);
      for (const [k, v] of Object.entries(fields)) assert.deepEqual(c[k as keyof Citation], v, k);
      if (c.id) assert.equal(c.url, `${OB}${c.id}.html`);
    });
  }

  it('accepts a no-break space and a soft line break wherever a space goes', () => {
    assert.equal(only('Bijlage\nbij Kamerstuk 29 754, nr. 482').canonical, 'Bijlage bij Kamerstuk 29 754, nr. 482');
    for (const text of ['Kamerstuk 29\u00a0754, nr.\u00a0482', 'Kamerstuk 29 754,\nnr. 482', 'Kamerstuk\n  29 754, nr. 482', 'Kamerstuk 29\n754, nr. 482', 'Kamerstuk 29 754,\n\tnr. 482']) {
      const c = only(text);
      assert.deepEqual(c.issues, [], JSON.stringify(text));
      assert.equal(c.canonical, 'Kamerstuk 29 754, nr. 482');
    }
  });

  it('finds the citation in running text without the parentheses or the final period', () => {
    const text = 'Tijdens het AO Preventie van 20 juni 2018 (Kamerstuk 29 754, nr. 462) heeft de Minister toegezegd.';
    const c = only(text);
    assert.equal(c.text, 'Kamerstuk 29 754, nr. 462');
    assert.equal(c.start, text.indexOf('Kamerstuk'));
    assert.equal(only('Kamerstuk 29 754, nr. 471.').text, 'Kamerstuk 29 754, nr. 471');
    assert.equal(only('Zie Kamerstuk 29 754, nr. 482\uFFFC en verder.').end, 'Zie Kamerstuk 29 754, nr. 482'.length);
    assert.equal(only('Motie Becker c.s., Kamerstuk 29 754, nr. 451').text, 'Kamerstuk 29 754, nr. 451');
  });

  it('reads citations separated by a semicolon one by one', () => {
    const { citations } = scanCitations('Kamerstuk 29 754, nr. 482; Handelingen II 2018/19, nr. 28, item 9.');
    assert.deepEqual(citations.map((c) => [c.kind, c.text]), [
      ['kamerstuk', 'Kamerstuk 29 754, nr. 482'],
      ['handelingen', 'Handelingen II 2018/19, nr. 28, item 9'],
    ]);
  });

  it('leaves "kamerstuk" as a noun alone', () => {
    for (const text of ['In dit kamerstuk en het Kamerstuk over de begroting staat het.', 'het kamerstuk 2 keer gelezen', 'in het kamerstuk 2019 stond', 'de Kamerstuknummers 29754 en 31289', 'motieKamerstuk 29 754, nr. 1', 'Kamerstukken van de Tweede Kamer']) {
      assert.deepEqual(scanCitations(text).citations.map((c) => c.text), [], text);
    }
    // A number glued to a letter is no dossier: "Kamerstukken 2019Z13154" holds a zaak number.
    assert.deepEqual(scanCitations('Kamerstukken 2019Z13154').citations.map((c) => [c.kind, c.text]), [['kamervragen-nummer', '2019Z13154']]);
  });

  it('KB101: dossier number spacing', () => {
    assertInvalid('Kamerstuk 29754, nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk 29.754, nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk 2 9754, nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk 297 54, nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk 20043, nr.142', ['KB101'], 'Kamerstuk 20 043, nr. 142');
    assert.equal(issuesOf('Kamerstuk 29754, nr. 482')[0]!.reason, 'dossiernummer zonder duizendtalspatie');
  });

  it('KB101: "nr." spelling and spacing', () => {
    for (const text of ['Kamerstuk 29 754, nr.482', 'Kamerstuk 29 754, nr 482', 'Kamerstuk 29 754, no. 482', 'Kamerstuk 29 754, Nr. 482', 'Kamerstuk 29 754, nummer 482', 'Kamerstuk 29 754, nr.  482']) {
      assertInvalid(text, ['KB101'], 'Kamerstuk 29 754, nr. 482');
    }
    assertInvalid('Kamerstuk 35 663, nr.19', ['KB101'], 'Kamerstuk 35 663, nr. 19');
    assert.equal(issuesOf('Kamerstuk 29 754, nr.482')[0]!.reason, 'geen spatie na nr.');
  });

  it('KB101: commas and spaces between the parts', () => {
    assertInvalid('Kamerstuk 29 754 nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk 31 793 nr. 274', ['KB101'], 'Kamerstuk 31 793, nr. 274');
    assertInvalid('Kamerstuk 36 410 A nr. 51', ['KB101'], 'Kamerstuk 36 410 A, nr. 51');
    assertInvalid('Kamerstuk 36 410 VIII nr. 82', ['KB101'], 'Kamerstuk 36 410 VIII, nr. 82');
    assertInvalid('Kamerstuk, 28 828, nr. 70', ['KB101'], 'Kamerstuk 28 828, nr. 70');
    assertInvalid('Kamerstuk 29 754 , nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk 29 754,nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk29 754, nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk  29 754, nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('Kamerstuk 36 455(R2188), nr. 3', ['KB101'], 'Kamerstuk 36 455 (R2188), nr. 3');
    assertInvalid('Kamerstuk 36 455-(R2188), nr. 3', ['KB101'], 'Kamerstuk 36 455 (R2188), nr. 3');
  });

  it('KB101: the comma before nr. without a space, with a space too many, with a space before it', () => {
    const reasons = (text: string): string[] => issuesOf(text).map((i) => `${i.ruleId} ${i.reason}`);
    assert.deepEqual(reasons('Kamerstuk 29 754,nr. 3'), ['KB101 geen spatie na de komma']);
    assert.deepEqual(reasons('Kamerstuk 29 754,  nr. 3'), ['KB101 meer dan één spatie na de komma']);
    assert.deepEqual(reasons('Kamerstuk 29 754 ,nr. 3'), ['KB101 spatie vóór de komma', 'KB101 geen spatie na de komma']);
    assert.equal(fixed('Kamerstuk 29 754,nr. 3'), 'Kamerstuk 29 754, nr. 3');
  });

  it('KB101: a lower-case keyword followed by a citation', () => {
    assertInvalid('kamerstuk 29 754, nr. 482', ['KB101'], 'Kamerstuk 29 754, nr. 482');
    assertInvalid('zie kamerstukken 29 614 en 31 289, nr. 113', ['KB101'], 'zie Kamerstukken 29 614 en 31 289, nr. 113');
    // Without ondernummer: still a citation when the number is a five-digit dossier.
    assertInvalid('zoals het kamerstuk 29 754 laat zien', ['KB101'], null);
  });

  it('KB101: stray punctuation before the citation is part of the issue and removed by the fix', () => {
    const text = '.Kamerstukken 29 614 en 31 289, nr. 113.';
    const c = only(text);
    assert.equal(c.start, 1);
    const issue = c.issues.find((i) => i.ruleId === 'KB101')!;
    assert.equal(issue.span!.start, 0);
    assert.equal(issue.fix!.span.start, 0);
    assert.equal(fixed(text), 'Kamerstukken 29 614 en 31 289, nr. 113.');
    assert.equal(fixed('Zie (;Kamerstuk 29 754, nr. 1)'), 'Zie (Kamerstuk 29 754, nr. 1)');
    // Punctuation after a word is the sentence's, not a stray character.
    assertValid('Kamerstuk 29 754, nr. 1');
    assert.deepEqual(issuesOf('Zie ook:Kamerstuk 29 754, nr. 1'), []);
  });

  it('KB101: numbers of several documents', () => {
    assertInvalid('Kamerstuk 29 754, nr. 679, nr. 684 en 685', ['KB101'], 'Kamerstuk 29 754, nrs. 679, 684 en 685');
    assertInvalid('Kamerstuk 29 754, nr. 679, nr. 684', ['KB101'], 'Kamerstuk 29 754, nrs. 679 en 684');
    assertInvalid('Kamerstuk 29 754, nrs. 16', ['KB101'], 'Kamerstuk 29 754, nr. 16');
    assertInvalid('Kamerstuk 29 754, nrs. 16,17 en 18', ['KB101'], 'Kamerstuk 29 754, nrs. 16, 17 en 18');
    assert.deepEqual(only('Kamerstuk 29 754, nr. 679, nr. 684 en 685').nrs, ['679', '684', '685']);
  });

  it('KB101: nr. 0 is an error without a fix', () => {
    assertInvalid('Kamerstuk 29 754, nr. 0', ['KB101'], null);
    const c = only('Kamerstuk 29 754, nr. 0');
    assert.equal(c.canonical, null);
    assert.equal(c.id, null);
  });

  it('KB101: a Kamerstuk without ondernummer is a warning without a fix (the whole dossier may be meant)', () => {
    for (const text of ['Kamerstuk 29 754', 'Het dossier (Kamerstuk 29 754) laat ik rusten.', 'Kamerstuk 29754']) {
      const c = only(text);
      const missing = c.issues.find((i) => /ondernummer ontbreekt/.test(i.reason))!;
      assert.equal(missing.ruleId, 'KB101');
      assert.equal(missing.severity, 'warning');
      assert.equal(c.canonical, null);
      assert.equal(c.valid, false);
      assert.equal(fixed(text), null);
    }
  });
});

describe('citation grammar: several dossiers and whole dossiers (§3.2)', () => {
  it('recognises Kamerstukken with several dossiers, numbered in the first', () => {
    const c = assertValid('Kamerstukken 29 614 en 31 289, nr. 113');
    assert.equal(c.kind, 'kamerstukken');
    assert.deepEqual(c.dossier, [29614, 31289]);
    assert.equal(c.id, 'kst-29614-113');
    assertValid('Kamerstukken 29 614, 31 289 en 32 000, nr. 4');
    assertValid('Kamerstukken 28 165, nrs. 141 en 142');
  });

  it('accepts whole dossiers, with or without thousands space, and a Rijkswet part', () => {
    const whole = assertValid('Kamerstukken 31945');
    assert.deepEqual([whole.kind, whole.nrs, whole.id, whole.url], ['kamerstukken', [], null, null]);
    const rw = assertValid('Kamerstukken 35687 en 35688 (R2151)');
    assert.deepEqual(rw.dossier, [35687, 35688]);
    assertValid('Kamerstukken 29 614 en 31 289');
    assertInvalid('Kamerstukken 29.614', ['KB101'], 'Kamerstukken 29 614');
  });

  it('KB102: singular with several dossiers, plural with one dossier and one number', () => {
    assertInvalid('Kamerstuk 29 614 en 31 289, nr. 113', ['KB102'], 'Kamerstukken 29 614 en 31 289, nr. 113');
    assertInvalid('Kamerstukken 34 104, nr. 382', ['KB102'], 'Kamerstuk 34 104, nr. 382');
    assertInvalid('Kamerstuk 31728, 30914, nr. 5', ['KB101', 'KB102'], 'Kamerstukken 31 728 en 30 914, nr. 5');
    assert.deepEqual(issuesOf('Kamerstuk 34 105, nrs. 16 en 17'), []);
  });

  it('a singular keyword with what only looks like a list stays one dossier', () => {
    const c = only('Kamerstuk 29 754, 2019 was een druk jaar');
    assert.deepEqual(c.dossier, [29754]);
    assert.ok(!c.issues.some((i) => i.ruleId === 'KB102'));
  });

  it('KB101: dossiers listed as "A, B en C"', () => {
    assertInvalid('Kamerstukken 29 614 en 31 289 en 32 000, nr. 4', ['KB101'], 'Kamerstukken 29 614, 31 289 en 32 000, nr. 4');
  });
});

describe('citation grammar: toevoegingen (KB103)', () => {
  it('begroting chapter and fund letter with a hyphen in print', () => {
    assertInvalid('Kamerstuk 36 410-VIII, nr. 82', ['KB103'], 'Kamerstuk 36 410 VIII, nr. 82');
    assertInvalid('Kamerstuk 36 410-A, nr. 51', ['KB103'], 'Kamerstuk 36 410 A, nr. 51');
  });

  it('lower-case numeral', () => {
    assertInvalid('Kamerstuk 36 410 viii, nr. 82', ['KB103'], 'Kamerstuk 36 410 VIII, nr. 82');
    assertInvalid('Kamerstuk 36 410-viii, nr. 82', ['KB103'], 'Kamerstuk 36 410 VIII, nr. 82');
  });

  it('a digit inside a numeral has no fix (XVI or XV?)', () => {
    assertInvalid('Kamerstuk 36 410 XV1, nr. 5', ['KB103'], null);
    const c = only('Kamerstuk 36 410 XV1, nr. 5');
    assert.equal(c.canonical, null);
    assert.equal(c.id, null, 'no id for a toevoeging that does not exist');
  });

  it('sub-dossier without hyphen', () => {
    assertInvalid('Kamerstuk 21 501 02, nr. 2498', ['KB103'], 'Kamerstuk 21 501-02, nr. 2498');
  });
});

describe('citation grammar: registry and list forms (KB104, §3.4)', () => {
  it('compact registry forms after "Kamerstuk" become letter style', () => {
    assertInvalid('Kamerstuk 31839-705', ['KB104'], 'Kamerstuk 31 839, nr. 705');
    assertInvalid('Kamerstuk 27923-473', ['KB104'], 'Kamerstuk 27 923, nr. 473');
    assertInvalid('(Kamerstuk 21501-20-2128)', ['KB104'], '(Kamerstuk 21 501-20, nr. 2128)');
    assertInvalid('Kamerstuk 36200-VIII-12', ['KB104'], 'Kamerstuk 36 200 VIII, nr. 12');
    const c = only('Kamerstuk 21501-20-2128');
    assert.deepEqual([c.style, c.dossier, c.toevoeging, c.nrs, c.id], ['registry', [21501], '20', ['2128'], 'kst-21501-20-2128']);
  });

  it('offers no fix that would merge with the text after it', () => {
    // "Kamerstuk 31 839, nr. 705,nr. 482" would read as one citation with two numbers.
    const text = 'Kamerstuk31839-705,nr. 482';
    assert.deepEqual(rules(text), ['KB101', 'KB104']);
    assert.equal(fixed(text), null);
  });

  it('reads "-02" as a sub-dossier and "-705" as a number', () => {
    const sub = only('Kamerstuk 21501-02');
    assert.equal(sub.toevoeging, '02');
    assert.deepEqual(sub.nrs, []);
    assert.equal(only('Kamerstuk 31839-705').toevoeging, null);
  });

  it('Handelingen-list forms are valid as written; house form in canonical', () => {
    const list = only('de gewijzigde motie-Verbugt c.s. over de HSL (22026, nr. 61)');
    assert.deepEqual([list.text, list.kind, list.style, list.valid, list.canonical, list.id], ['22026, nr. 61', 'kamerstuk', 'registry', true, 'Kamerstuk 22 026, nr. 61', 'kst-22026-61']);
    const fund = only('(35300-A, nr. 15)');
    assert.deepEqual([fund.toevoeging, fund.canonical, fund.valid], ['A', 'Kamerstuk 35 300 A, nr. 15', true]);
    const ek = only('motie van het lid Nicolaï c.s. over het slavernijverleden (35300-VI, letter Y)');
    assert.deepEqual([ek.toevoeging, ek.nrs, ek.valid, ek.canonical, ek.id], ['VI', ['Y'], true, null, 'kst-35300-VI-Y']);
  });

  it('a list form without its comma is rewritten in letter style', () => {
    assertInvalid('motie Segers c.s. (25295 nr. 961)', ['KB104'], 'motie Segers c.s. (Kamerstuk 25 295, nr. 961)');
  });

  it('t.v.v. quotations of the registry are never judged, and what follows them still is', () => {
    for (const text of ['Gewijzigde motie van het lid Segers c.s. (t.v.v. 33885, nr.18) over de Marechaussee', 'Gewijzigde motie van het lid Raemakers c.s. over de pleegzorg (t.v.v. 36200-XVI-135)', '(t.v.v. Kamerstuk 33 885, nr.18)']) {
      assert.deepEqual(issuesOf(text), [], text);
    }
    const after = scanCitations('(t.v.v. 36200-XVI-135) over Kamerstuk 29754, nr. 1');
    assert.deepEqual(after.citations.map((c) => c.text), ['Kamerstuk 29754, nr. 1']);
  });

  it('malformed kst ids get the correct id', () => {
    assertInvalid('kst-29754 482', ['KB104'], 'kst-29754-482');
    assertInvalid('kst-29 754-482', ['KB104'], 'kst-29754-482');
    assertInvalid('kst-36410-viii-82', ['KB104'], 'kst-36410-VIII-82');
    assert.equal(only('kst-29754 482').canonical, 'Kamerstuk 29 754, nr. 482');
  });
});

describe('citation grammar: Kamerstukken in the Leidraad form (§3.3, KB105)', () => {
  const valid: [string, Partial<Citation>][] = [
    ['Kamerstukken II 2015/16, 34442, nr. 3, p. 7', { chamber: 'II', vergaderjaar: '2015-2016', dossier: [34442], nrs: ['3'], pages: '7', id: 'kst-34442-3' }],
    ['Kamerstukken I/II 2015/16, 34442, nr. 3, p. 7', { chamber: null, id: 'kst-34442-3' }],
    ['Kamerstukken II 2009/10, 27858, nr. 88, p. 3', { id: 'kst-27858-88' }],
    ['Kamerstukken I 2009/10, 32217, A', { chamber: 'I', nrs: ['A'], id: 'kst-32217-A' }],
    ['Kamerstukken I 2014/15, 33802, C, p. 3', { nrs: ['C'], id: 'kst-33802-C' }],
    ['Kamerstukken I 2016/17, 33506, AB', { nrs: ['AB'], id: 'kst-33506-AB' }],
    ['Kamerstukken I 2008/09, 31700 VI, D, p. 4', { toevoeging: 'VI', id: 'kst-31700-VI-D' }],
    ['Kamerstukken I 1995/96, 23700, nr. 188b, p. 3', { nrs: ['188b'], id: 'kst-23700-188b' }],
    ['Bijlage bij Kamerstukken II 2015/16, 34389, nr. 9', { id: 'kst-34389-9' }],
    ['Kamerstukken II 1993/94-1996/97, 23761', { vergaderjaar: '1993-1994', nrs: [], id: null }],
    ['Kamerstukken II 2023/24, 36 410 IV, nr. 49', { dossier: [36410], toevoeging: 'IV', id: 'kst-36410-IV-49' }],
    ['Kamerstukken I 2018/19, 34 986, A', { id: 'kst-34986-A' }],
    ['Kamerstukken II 1999/00, 26 800, nr. 5', { vergaderjaar: '1999-2000' }],
    ['Kamerstukken II 2021/22, 36 021, nrs. 6 en 7', { nrs: ['6', '7'] }],
  ];
  for (const [text, fields] of valid) {
    it(`recognises ${text}`, () => {
      const c = assertValid(text);
      assert.equal(c.kind, 'kamerstukken-leidraad');
      assert.equal(c.style, 'leidraad');
      for (const [k, v] of Object.entries(fields)) assert.deepEqual(c[k as keyof Citation], v, k);
    });
  }

  it('reads the abbreviated continuation after a semicolon as its own citation', () => {
    const text = '(Kamerstukken II 2021/22, 36 021, nr. 6; I 2022/23, 36 021, B)';
    const { citations } = scanCitations(text);
    assert.deepEqual(citations.map((c) => [c.text, c.chamber, c.nrs, c.canonical, c.valid]), [
      ['Kamerstukken II 2021/22, 36 021, nr. 6', 'II', ['6'], 'Kamerstukken II 2021/22, 36 021, nr. 6', true],
      ['I 2022/23, 36 021, B', 'I', ['B'], 'Kamerstukken I 2022/23, 36 021, B', true],
    ]);
    // A slip in the continuation is fixed without adding "Kamerstukken".
    assert.equal(fixed('Kamerstukken II 2021/22, 36 021, nr. 6; I 2022/2023, 36 021, B'), 'Kamerstukken II 2021/22, 36 021, nr. 6; I 2022/23, 36 021, B');
  });

  it('chamber', () => {
    assertInvalid('Kamerstukken III 2018/19, 29 754, nr. 482', ['KB105'], null);
    assertInvalid('Kamerstukken 2 2018/19, 29 754, nr. 482', ['KB105'], 'Kamerstukken II 2018/19, 29 754, nr. 482');
    assertInvalid('Kamerstukken ll 2023/24, 36 410, nr. 3', ['KB105'], 'Kamerstukken II 2023/24, 36 410, nr. 3');
    assertInvalid('Kamerstukken II2015–16, 36 410, nr. 3', ['KB105', 'KB111'], 'Kamerstukken II 2015/16, 36 410, nr. 3');
  });

  it('a vergaderjaar without chamber has two readings and no fix', () => {
    assertInvalid('Kamerstuk 2018/19, 29 754, nr. 482', ['KB105'], null);
    assert.equal(only('Kamerstuk 2018/19, 29 754, nr. 482').canonical, null);
  });

  it('a chamber without vergaderjaar has no fix', () => {
    assertInvalid('Kamerstukken II, 25 424, nr. 679', ['KB105'], null);
  });

  it('commas, "vergaderjaar" inserted, singular keyword', () => {
    assertInvalid('Kamerstukken II, 2023/24, 36 410, nr. 3', ['KB105'], 'Kamerstukken II 2023/24, 36 410, nr. 3');
    assertInvalid('Kamerstukken II 2021/22,36 021, nr.6', ['KB101', 'KB105'], 'Kamerstukken II 2021/22, 36 021, nr. 6');
    assertInvalid('Kamerstukken II 2021/22 36 021, nr. 6', ['KB105'], 'Kamerstukken II 2021/22, 36 021, nr. 6');
    assertInvalid('Kamerstukken II 2021/22, 36 021 nr. 6', ['KB105'], 'Kamerstukken II 2021/22, 36 021, nr. 6');
    assertInvalid('Kamerstukken II vergaderjaar 2024/2025 22 452, nr. 91', ['KB105', 'KB111'], 'Kamerstukken II 2024/25, 22 452, nr. 91');
    assertInvalid('Kamerstuk II 2018/19, 29 754, nr. 482', ['KB105'], 'Kamerstukken II 2018/19, 29 754, nr. 482');
  });

  it('an Eerste Kamer letter takes no "nr."', () => {
    assertInvalid('Kamerstukken I 2020/21, 34430, nr. AB, p. 7', ['KB105'], 'Kamerstukken I 2020/21, 34430, AB, p. 7');
  });
});

describe('citation grammar: vergaderjaar (§2.1, KB111)', () => {
  it('arithmetic inside citations', () => {
    assertInvalid('Kamerstukken II 2018/20, 29 754, nr. 482', ['KB111'], null);
    assertInvalid('Kamerstukken II 2019/18, 29 754, nr. 482', ['KB111'], 'Kamerstukken II 2018/19, 29 754, nr. 482');
    assertInvalid('Handelingen II 2018/20, nr. 28, item 9', ['KB111'], null);
    // §3.10: a second part that is no year next to the first leaves one reading (assumed, and
    // the message says so); 2018/20 has two (2018/19, 2019/20) and keeps no fix.
    assertInvalid('Aanhangsel Handelingen, vergaderjaar 2023–34, nr. 1980', ['KB111'], 'Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1980');
    assertInvalid('Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844', ['KB111'], 'Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 844');
    assertInvalid('Kamerstukken II 2021–32, 35 570, nr. 80', ['KB111'], 'Kamerstukken II 2021/22, 35 570, nr. 80');
    assertInvalid('Kamerstukken II 2018/18, 29 754, nr. 482', ['KB111'], null);
    assert.match(issuesOf('Kamerstukken II 2021–32, 35 570, nr. 80')[0]!.reason, /aangenomen: 2021–2022, het enige vergaderjaar dat in 2021 begint/);
  });

  it('form per context: JJJJ/JJ inside I/II citations', () => {
    assertInvalid('Kamerstukken II 2018-19, 29 754, nr. 482', ['KB111'], 'Kamerstukken II 2018/19, 29 754, nr. 482');
    assertInvalid('Kamerstukken II 2023/2024, 36 410, nr. 3', ['KB111'], 'Kamerstukken II 2023/24, 36 410, nr. 3');
    assertInvalid('Kamerstukken II 2021–2022, 36 410, nr. 3', ['KB111'], 'Kamerstukken II 2021/22, 36 410, nr. 3');
    assertInvalid('Kamerstukken II 2018 / 19, 29 754, nr. 482', ['KB111'], 'Kamerstukken II 2018/19, 29 754, nr. 482');
    assertInvalid('Handelingen II 2018/2019, nr. 28, item 9', ['KB111'], 'Handelingen II 2018/19, nr. 28, item 9');
  });

  it('form per context: JJJJ–JJJJ with an en dash after "vergaderjaar" in a citation', () => {
    assertInvalid('Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 461', ['KB111'], 'Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 461');
    assertInvalid('Aanhangsel Handelingen, vergaderjaar 2024/25, nr. 461', ['KB111'], 'Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 461');
    assertInvalid('Handelingen II, vergaderjaar 2024 – 2025, nr. 8', ['KB111'], 'Handelingen II, vergaderjaar 2024–2025, nr. 8');
  });

  it('mentions outside citations go to loose', () => {
    // A page footer with a dossier and number is a citation now (§3.10, page-footer form); the
    // Aanhangsel footer names no Kamerstuk and stays a mention.
    for (const ok of ['vergaderjaar 2018–2019', 'Vergaderjaar 2022-2023', 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1', 'in vergaderjaar 2018 werd']) {
      const { citations, loose } = scanCitations(ok);
      assert.deepEqual([citations.length, loose], [0, []], ok);
    }
    const text = 'Zie vergaderjaar 2018–2020 en vergaderjaar 2018 – 2019.';
    const { loose } = scanCitations(text);
    assert.equal(loose.length, 2);
    assert.deepEqual(loose.map((l) => [l.ruleId, l.text, Boolean(l.fix)]), [
      ['KB111', 'vergaderjaar 2018–2020', false],
      ['KB111', 'vergaderjaar 2018 – 2019', true],
    ]);
    assert.equal(text.slice(loose[1]!.span.start, loose[1]!.span.end), 'vergaderjaar 2018 – 2019');
    assert.equal(fixed('vergaderjaar 2018 – 2019'), 'vergaderjaar 2018–2019');
    assert.equal(fixed('Tweede Kamer, vergaderjaar 2018/19'), 'Tweede Kamer, vergaderjaar 2018–2019');
    assert.equal(fixed('Vergaderjaar 2019–2018'), 'Vergaderjaar 2018–2019');
  });

  it('a vergaderjaar inside a citation is judged by the citation only', () => {
    const { citations, loose } = scanCitations('Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.');
    assert.equal(citations.length, 1);
    assert.deepEqual(loose, []);
  });
});

describe('citation grammar: Handelingen (§3.5, KB112)', () => {
  const valid: [string, Partial<Citation>][] = [
    ['Handelingen II 2018/19, nr. 28, item 9', { chamber: 'II', vergaderjaar: '2018-2019', vergadernummer: '28', item: '9', pages: null, id: 'h-tk-20182019-28-9' }],
    ['Handelingen II 2010/11, nr. 108, item 5, p. 25-36', { item: '5', pages: '25-36', id: 'h-tk-20102011-108-5' }],
    ['Handelingen II 2007/08, nr. 108, p. 7909-7943', { vergadernummer: '108', item: null, pages: '7909-7943', id: 'h-tk-20072008-7909-7943' }],
    ['Handelingen II 2007/08, nr. 70, p. 4867', { pages: '4867', id: null }],
    ['Handelingen I 2014/15, nr. 11, item 4, p. 5', { chamber: 'I', id: 'h-ek-20142015-11-4' }],
    ['Handelingen II, vergaderjaar 2024–2025, nr. 8', { vergaderjaar: '2024-2025', vergadernummer: '8', id: null }],
    ['Handelingen II 2009/10, nr. 28', { item: null }],
  ];
  for (const [text, fields] of valid) {
    it(`recognises ${text}`, () => {
      const c = assertValid(text);
      assert.equal(c.kind, 'handelingen');
      for (const [k, v] of Object.entries(fields)) assert.deepEqual(c[k as keyof Citation], v, k);
      assert.equal(c.url, c.id ? `${OB}${c.id}.html` : null);
    });
  }

  it('reports slips and fixes what it can know', () => {
    assertInvalid('Handelingen II 2018/19, item 9', ['KB112'], null);
    assertInvalid('Handelingen 2018/19, nr. 28, item 9', ['KB112'], 'Handelingen II 2018/19, nr. 28, item 9');
    assertInvalid('Handelingen II 2018/19 nr. 28 item 9', ['KB112'], 'Handelingen II 2018/19, nr. 28, item 9');
    assertInvalid('Handelingen II 2018/19, nr. 28, punt 9', ['KB112'], 'Handelingen II 2018/19, nr. 28, item 9');
    assertInvalid('Handelingen II 2018/19, nr 28, item 9', ['KB112'], 'Handelingen II 2018/19, nr. 28, item 9');
    assertInvalid('Handelingen II 2018/19, nr.28, item 9', ['KB112'], 'Handelingen II 2018/19, nr. 28, item 9');
    assertInvalid('Handelingen II, vergaderjaar 2024–2025 nr. 8', ['KB112'], 'Handelingen II, vergaderjaar 2024–2025, nr. 8');
  });

  it('a missing item from 2010/11 on is a warning without a fix; other slips are still fixed', () => {
    const c = only('Handelingen II 2018/19, nr. 28');
    assert.deepEqual(c.issues.map((i) => [i.ruleId, i.severity, Boolean(i.fix)]), [['KB112', 'warning', false]]);
    assert.equal(c.valid, false);
    assert.equal(c.canonical, null, 'the item is unknown');
    assert.equal(fixed('Handelingen II 2018/19 nr 28'), 'Handelingen II 2018/19, nr. 28');
    assert.equal(fixed('Handelingen II 2018/19, nr. 28'), null);
  });

  it('"Handelingen" as a word is no citation', () => {
    assert.deepEqual(scanCitations('Dit staat in de Handelingen van de Kamer en in de Handelingen II.').citations, []);
  });

  it('malformed h-tk ids', () => {
    assertInvalid('h-tk-2018-2019-28-9', ['KB112'], 'h-tk-20182019-28-9');
    assertInvalid('h-tk-20182020-28-9', ['KB111'], null);
  });
});

describe('citation grammar: Aanhangsel Handelingen (§3.6, KB113)', () => {
  const valid: [string, Partial<Citation>][] = [
    ['Aanhangsel Handelingen II 2014/15, nr. 1241', { chamber: 'II', vergaderjaar: '2014-2015', nrs: ['1241'], id: 'ah-tk-20142015-1241' }],
    ['Aanhangsel Handelingen I 2014/15, nr. 12', { chamber: 'I', id: 'ah-ek-20142015-12' }],
    ['Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028', { chamber: null, id: 'ah-tk-20242025-1028' }],
    ['Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 2267', { chamber: 'II', id: 'ah-tk-20232024-2267' }],
  ];
  for (const [text, fields] of valid) {
    it(`recognises ${text}`, () => {
      const c = assertValid(text);
      assert.equal(c.kind, 'aanhangsel');
      for (const [k, v] of Object.entries(fields)) assert.deepEqual(c[k as keyof Citation], v, k);
      assert.equal(c.url, `${OB}${c.id}.html`);
    });
  }

  it('the house header line: "Zie ook" and the final period are not part of it', () => {
    const text = 'Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173.';
    const c = only(text);
    assert.equal(c.text, 'Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173');
    assert.equal(c.id, 'ah-tk-20212022-3173');
  });

  it('reports slips', () => {
    assertInvalid('Aanhangsel Handelingen II 2019/20, nr 123', ['KB113'], 'Aanhangsel Handelingen II 2019/20, nr. 123');
    assertInvalid('Aanhangsel Handelingen II 2019/20, item 123', ['KB113'], null);
    assertInvalid('Aanhangsel II 2019/20, nr. 123', ['KB113'], 'Aanhangsel Handelingen II 2019/20, nr. 123');
    assertInvalid('Aanhangsel Handelingen 2019/20, nr. 123', ['KB113'], 'Aanhangsel Handelingen II 2019/20, nr. 123');
    assertInvalid('Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028', ['KB113'], 'Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1028');
    assertInvalid('Aanhangsel Handelingen vergaderjaar 2023–2024, nr. 1028', ['KB113'], 'Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1028');
  });

  it('malformed ah ids', () => {
    // One year written: read as the vergaderjaar that starts in it (the project's decision,
    // matching the canonical form of citation-cases.tsv).
    assertInvalid('ah-tk-2023-1314', ['KB113'], 'ah-tk-20232024-1314');
    assertInvalid('ah-tk-2023-2024-1314', ['KB113'], 'ah-tk-20232024-1314');
  });

  it('"Aanhangsel" as a word is no citation', () => {
    assert.deepEqual(scanCitations('Het Aanhangsel bij deze brief en de Aanhangsel Handelingen.').citations, []);
  });
});

describe('citation grammar: zaak and document numbers (§3.7, KB114)', () => {
  it('recognises Z and D numbers and pairs', () => {
    const z = assertValid('2019Z13154');
    assert.deepEqual([z.kind, z.nummer, z.id, z.url], ['kamervragen-nummer', '2019Z13154', 'kv-tk-2019Z13154', 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2019Z13154']);
    const d = assertValid('2019D08797');
    assert.deepEqual([d.kind, d.nummer, d.id, d.url], ['document-nummer', '2019D08797', null, 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2019D08797&did=2019D08797']);
    const pair = scanCitations('2024Z15585/2024D37938').citations;
    assert.deepEqual(pair.map((c) => [c.kind, c.text]), [['kamervragen-nummer', '2024Z15585'], ['document-nummer', '2024D37938']]);
    assert.deepEqual(scanCitations('Vragen (2022Z10723) en brief (2022D22285).').citations.map((c) => c.nummer), ['2022Z10723', '2022D22285']);
  });

  it('reports malformed numbers', () => {
    assertInvalid('2019Z1315', ['KB114'], null);
    assertInvalid('2019z13154', ['KB114'], '2019Z13154');
    assertInvalid('2019 Z 13154', ['KB114'], '2019Z13154');
    assertInvalid('2024Z 17972', ['KB114'], '2024Z17972');
    // Zaak numbers exist since 2008: a two-digit year is 20yy (the project's decision).
    assertInvalid('19Z13154', ['KB114'], '2019Z13154');
  });

  it('never reads ordinary numbers and dates as zaak numbers', () => {
    for (const text of ['Op 12 december 2019 om 10 d 100', 'geen nummer: 3 d 100', '12Z4500', '1234567Z12345', '2019Z131545678', 'in 2019 Zeeland', 'tel. 070 3182211', '2019 d 13154', '3019Z13154', 'A2019Z13154', '2019Z13154x']) {
      assert.deepEqual(scanCitations(text).citations.map((c) => c.text), [], text);
    }
  });
});

describe('citation grammar: Staatsblad, Staatscourant, Tractatenblad (§3.8, KB115)', () => {
  it('recognises them with year, number and URL', () => {
    const stb = assertValid('Stb. 2011, 35');
    assert.deepEqual([stb.kind, stb.jaar, stb.nrs, stb.id, stb.url], ['staatsblad', 2011, ['35'], 'stb-2011-35', `${OB}stb-2011-35.html`]);
    assert.equal(assertValid('Stcrt. 2015, 10247').kind, 'staatscourant');
    assert.equal(assertValid('Trb. 2008, 175').id, 'trb-2008-175');
  });

  it('reports and fixes slips under KB115', () => {
    assertInvalid('Stb 2011, 35', ['KB115'], 'Stb. 2011, 35');
    assertInvalid('Stcrt. 2015 10247', ['KB115'], 'Stcrt. 2015, 10247');
    assertInvalid('Stb.2011, 35', ['KB115'], 'Stb. 2011, 35');
    assertInvalid('Trb. 2008,175', ['KB115'], 'Trb. 2008, 175');
  });

  it('leaves other words alone', () => {
    assert.deepEqual(scanCitations('Stbx 2011, 35 en Stb2011 en Trb 12').citations, []);
  });
});

describe('citation grammar: officielebekendmakingen ids (§3.9)', () => {
  const ids: [string, Partial<Citation>][] = [
    ['kst-29754-482', { kind: 'kamerstuk', dossier: [29754], nrs: ['482'], canonical: 'Kamerstuk 29 754, nr. 482' }],
    ['kst-21501-02-2377', { toevoeging: '02', canonical: 'Kamerstuk 21 501-02, nr. 2377' }],
    ['kst-36410-VIII-82', { toevoeging: 'VIII', canonical: 'Kamerstuk 36 410 VIII, nr. 82' }],
    ['kst-35261-B', { nrs: ['B'], canonical: null }],
    ['kst-33506-AB', { nrs: ['AB'] }],
    ['h-tk-20182019-28-9', { kind: 'handelingen', chamber: 'II', vergadernummer: '28', item: '9', canonical: 'Handelingen II 2018/19, nr. 28, item 9' }],
    ['h-tk-20192020-31-8-n1', { kind: 'handelingen', canonical: 'Handelingen II 2019/20, nr. 31, item 8' }],
    ['h-tk-20072008-4709-4713', { kind: 'handelingen', pages: '4709-4713', canonical: null }],
    ['h-ek-20202021-44-4', { chamber: 'I' }],
    ['ah-tk-20152016-1580', { kind: 'aanhangsel', nrs: ['1580'], canonical: 'Aanhangsel Handelingen II 2015/16, nr. 1580' }],
    ['kv-tk-2017Z06952', { kind: 'kamervragen-nummer', nummer: '2017Z06952' }],
    ['stb-2019-123', { kind: 'staatsblad', jaar: 2019, canonical: 'Stb. 2019, 123' }],
    ['stcrt-2024-15802', { kind: 'staatscourant' }],
  ];
  for (const [id, fields] of ids) {
    it(`recognises ${id}, valid as written`, () => {
      const c = only(`Zie ${id} voor de tekst.`);
      assert.deepEqual([c.text, c.style, c.valid, c.id, c.url], [id, 'id', true, id, `${OB}${id}.html`]);
      for (const [k, v] of Object.entries(fields)) assert.deepEqual(c[k as keyof Citation], v, k);
    });
  }
});

describe('citation grammar: what is not a citation', () => {
  it('skips bare URLs whole', () => {
    for (const text of [
      'Zie https://zoek.officielebekendmakingen.nl/kst-29754-482.html voor de brief.',
      'Zie www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2019Z13154 of http://x.nl/Kamerstuk29754,nr.1',
      'https://example.org/Handelingen II 2018/19',
    ]) {
      assert.deepEqual(scanCitations(text).citations.map((c) => c.text), [], text);
    }
    // A citation after the URL is found.
    assert.deepEqual(scanCitations('https://x.nl/a Kamerstuk 29 754, nr. 4').citations.map((c) => c.text), ['Kamerstuk 29 754, nr. 4']);
  });

  it('handles empty, odd and broken text', () => {
    for (const text of ['', ' ', '\uFFFC', '\uD800Kamerstuk 29 754, nr. 1\uDC00', 'Kamerstuk\u0000 29 754', 'Kamerstuk 29 754, nr.\uFFFC 482', '\n\n\n']) {
      const { citations } = scanCitations(text);
      for (const c of citations) assert.equal(text.slice(c.start, c.end), c.text);
    }
    assert.equal(only('\uD800Kamerstuk 29 754, nr. 1\uDC00').valid, true);
  });

  it('the max argument caps the number of citations', () => {
    assert.equal(scanCitations('Kamerstuk 29 754, nr. 1; '.repeat(50), 7).citations.length, 7);
  });
});
