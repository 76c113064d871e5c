// The two real, published drafts lint clean; the 501 letter with its real slips put back does not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.js';
import { CORPUS } from '../helpers/paths.js';

const LETTER = '29754-501-stand-van-zaken-moties-toezeggingen.md';
const ANSWERS = '2019-antwoorden-kamervragen-dreigingsbeeld-50.md';
const read = (f: string): string => fs.readFileSync(path.join(CORPUS, f), 'utf8');

describe('corpus: published letters lint clean', () => {
  for (const file of [LETTER, ANSWERS]) {
    it(`${file}: no errors and no warnings`, () => {
      const { messages } = lintText(read(file));
      const loud = messages.filter((m) => m.severity !== 'info');
      assert.deepEqual(loud.map((m) => `${m.ruleId} ${m.message}`), []);
    });
  }

  it('the answers get the one true info: answered long after the three-week term (KB404)', () => {
    const infos = lintText(read(ANSWERS)).messages.filter((m) => m.severity === 'info');
    assert.ok(infos.some((m) => m.ruleId === 'KB404'), JSON.stringify(infos));
  });
});

describe('corpus: nr. 501 with its real slips put back (corpus/README.md)', () => {
  const clean = read(LETTER);
  const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('slip 1: the stray period before footnote 10 is flagged and fixed', () => {
    const slipped = clean.replace('[^10]: Kamerstukken 29 614', '[^10]: .Kamerstukken 29 614');
    assert.notEqual(slipped, clean);
    const { messages, analysis } = lintText(slipped);
    const line = lineOf(slipped, '[^10]: .Kamerstukken');
    const hits = messages.filter((m) => analysis.lines.positionAt(m.start).line + 1 === line && m.severity !== 'info');
    assert.ok(hits.length > 0, 'flagged');
    assert.ok(hits.some((m) => m.fix), 'with a fix');
  });

  it('slip 2: the sentence ending in footnote 10 without its closing period is flagged', () => {
    const slipped = clean.replace('democratische rechtsstaat[^10].', 'democratische rechtsstaat[^10]');
    assert.notEqual(slipped, clean);
    const { messages, analysis } = lintText(slipped);
    const line = lineOf(slipped, 'democratische rechtsstaat[^10]');
    const hits = messages.filter((m) => analysis.lines.positionAt(m.start).line + 1 === line);
    assert.ok(hits.length > 0, JSON.stringify(messages.map((m) => m.ruleId)));
  });
});
