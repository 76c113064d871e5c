// The member-name reader of the motie rules (motie/names.ts): where a name starts and stops, lists
// with "en", "," and "/", parties, c.s., and how two spellings are compared.
import assert from 'node:assert/strict';
import { MemberSet, normalizeName, parseMemberList, parseName, sameMember, withoutCalls } from '../../server/src/core/rules/motie-shared.js';

const OBJ = '\uFFFC';

function name(flat: string, mayStartLower = false): string | null {
  const n = parseName(flat, 0, mayStartLower);
  return n ? flat.slice(n.start, n.end) : null;
}

function list(flat: string, sep: 'en' | 'slash' = 'en', firstMayStartLower?: boolean) {
  const l = firstMayStartLower === undefined ? parseMemberList(flat, 0, sep) : parseMemberList(flat, 0, sep, firstMayStartLower);
  if (!l) return null;
  return { names: l.names.map((n) => [n.name, n.party, n.partySpaced]), cs: l.cs?.text ?? null, complete: l.complete, end: l.end };
}

describe('motie names: one name', () => {
  it('a lower-case tussenvoegsel starts a name only where allowed (after "en", "/" or a comma)', () => {
    assert.equal(name('van Raan over dierenwelzijn'), null);
    assert.equal(name('van Raan over dierenwelzijn', true), 'van Raan');
    assert.equal(name('van de', true), null, 'tussenvoegsels alone are no name');
  });

  it('takes initials glued to the surname, but glues no other words together', () => {
    assert.equal(name('M.B.Vos over'), 'M.B.Vos');
    assert.equal(name('E.Vos (VVD)'), 'E.Vos');
    assert.equal(name('vanDijk', true), null);
    assert.equal(name('vanDijk.', true), null);
    assert.equal(name('M. vanDijk'), null);
    assert.equal(name('Vos.Dijk'), 'Vos');
  });

  it('stops after twelve words', () => {
    assert.equal(name('Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn'), 'Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll');
  });
});

describe('motie names: lists', () => {
  it('needs a capital for the first name unless the caller allows a tussenvoegsel', () => {
    assert.equal(list('van Raan (PvdD)'), null);
    assert.deepEqual(list('van Raan (PvdD)', 'en', true), { names: [['van Raan', 'PvdD', true]], cs: null, complete: true, end: 15 });
  });

  it('gives a name without party the end of the name and counts it as spaced', () => {
    assert.deepEqual(list('Becker waarin'), { names: [['Becker', null, true]], cs: null, complete: true, end: 6 });
  });

  it('reads a party after a no-break space, and after a footnote call as spaced', () => {
    assert.deepEqual(list('Becker\u00a0(VVD) over'), { names: [['Becker', 'VVD', true]], cs: null, complete: true, end: 12 });
    assert.deepEqual(list(`Azarkan${OBJ}(Denk) aangenomen`), { names: [['Azarkan', 'Denk', true]], cs: null, complete: true, end: 14 });
  });

  it('reads "A, B en C" with a tussenvoegsel after the comma', () => {
    assert.deepEqual(list('Becker, van Raan en Vos over'), { names: [['Becker', null, true], ['van Raan', null, true], ['Vos', null, true]], cs: null, complete: true, end: 23 });
  });

  it('"A, B, C" without "en": only the first name, unsure; "A, die" is one sure name', () => {
    assert.deepEqual(list('Becker, Kuiken, Vos waarin'), { names: [['Becker', null, true]], cs: null, complete: false, end: 6 });
    assert.deepEqual(list('Becker (VVD), die daarom vraagt'), { names: [['Becker', 'VVD', true]], cs: null, complete: true, end: 12 });
    assert.deepEqual(list('Becker, en Vos'), { names: [['Becker', null, true]], cs: null, complete: true, end: 6 });
  });

  it('reads a tussenvoegsel after "/"', () => {
    assert.deepEqual(list('Taverne/van Dijk over', 'slash'), { names: [['Taverne', null, true], ['van Dijk', null, true]], cs: null, complete: true, end: 16 });
  });

  it('stops after twenty names', () => {
    const many = 'Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq Rr Ss Tt Uu Vv'.split(' ');
    const l = parseMemberList(many.join(' en '), 0, 'en');
    assert.deepEqual(l?.names.map((n) => n.name), many.slice(0, 20));
  });

  it('reads c.s. after a space or a no-break space only', () => {
    assert.deepEqual(list('Becker\u00a0c.s. over'), { names: [['Becker', null, true]], cs: 'c.s.', complete: true, end: 11 });
    assert.deepEqual(list('Becker\tcs'), { names: [['Becker', null, true]], cs: null, complete: true, end: 6 });
  });

  it('gives a party after c.s. to the last name, unless it has one', () => {
    assert.deepEqual(list('Becker c.s. (VVD) over'), { names: [['Becker', 'VVD', true]], cs: 'c.s.', complete: true, end: 17 });
    assert.deepEqual(list('Becker (VVD) c.s. (CDA)'), { names: [['Becker', 'VVD', true]], cs: 'c.s.', complete: true, end: 23 });
  });
});

describe('motie names: comparing spellings', () => {
  it('drops footnote calls and outer spaces from message text', () => {
    assert.equal(withoutCalls(` motie-Becker${OBJ} `), 'motie-Becker');
  });

  it('normalises spaces and case', () => {
    assert.equal(normalizeName(' Gijs  van Dijk '), 'gijs van dijk');
  });

  it('one name ends another only at a word boundary', () => {
    assert.equal(sameMember('Nijboer', 'Boer'), false);
    assert.equal(sameMember('Boer', 'Nijboer'), false);
    assert.equal(sameMember('Dijk', 'Gijs van Dijk'), true);
    assert.equal(sameMember('Gijs van Dijk', 'van Dijk'), true);
  });

  it('MemberSet keeps every member sharing a last word', () => {
    const set = new MemberSet();
    set.add('Pia Dijkstra');
    set.add('Remco Dijkstra');
    set.add('Remco Dijkstra');
    assert.equal(set.has('Pia Dijkstra'), true);
    assert.equal(set.has('remco  dijkstra'), true);
    assert.equal(set.has('Anne Dijkstra'), false);
  });
});
