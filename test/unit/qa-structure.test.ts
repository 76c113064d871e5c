// Vraag/Antwoord as a structure (citations.md §6.8): generated answer documents in the labelled
// shapes (headings or bold leads, combined blocks out of sequence, "Antwoord op vraag …") are read
// without a numbering or pairing message; removing any one Antwoord gives exactly one message; and
// every clean shape fixture and the corpus letters give no Vraag/Antwoord message at all.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lintText } from '../../server/src/core/lint.js';
import { CORPUS, FIXTURES } from '../helpers/paths.js';

const QA_RULES = new Set(['KB401', 'KB402', 'KB403', 'KB404']);
const qaMessages = (text: string): string[] => lintText(text).messages.filter((m) => QA_RULES.has(m.ruleId)).map((m) => `${m.ruleId} ${m.message}`);

function listed(ns: number[]): string {
  return ns.length === 1 ? String(ns[0]) : `${ns.slice(0, -1).join(', ')} en ${ns[ns.length - 1]}`;
}

interface Shape {
  heading: boolean;
  /** "Antwoord 1 en 4" or "Antwoord op vraag 1 en 4". */
  opVraag: boolean;
}

/** An answer document: blocks of question numbers, each asked and then answered. */
function document(blocks: number[][], shape: Shape, skipAnswer = -1): string {
  const label = (text: string): string => (shape.heading ? `### ${text}` : `**${text}**`);
  const parts = ['---', 'soort: antwoorden-kamervragen', '---', ''];
  blocks.forEach((numbers, i) => {
    const word = numbers.length === 1 ? 'Vraag' : 'Vraag';
    parts.push(label(`${word} ${listed(numbers)}`), '', `Klopt het dat er ${numbers.length} dingen zijn misgegaan?`, '');
    if (i === skipAnswer) return;
    parts.push(label(shape.opVraag ? `Antwoord op vraag ${listed(numbers)}` : `Antwoord ${listed(numbers)}`), '', 'Ja, dat klopt.', '');
  });
  return parts.join('\n');
}

/** A partition of 1..n into blocks, each block sorted, blocks standing where their lowest number would. */
const partition = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: n, maxLength: n }).map((groupOf) => ({ n, groupOf })))
  .map(({ n, groupOf }) => {
    const groups = new Map<number, number[]>();
    for (let k = 1; k <= n; k++) {
      const g = groupOf[k - 1]!;
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
  });

const shape = fc.record({ heading: fc.boolean(), opVraag: fc.boolean() });

describe('Vraag/Antwoord structure', () => {
  it('combined blocks out of sequence that keep coverage never give a numbering or pairing message', () => {
    fc.assert(
      fc.property(partition, shape, (blocks, s) => {
        assert.deepEqual(qaMessages(document(blocks, s)), []);
      }),
      { numRuns: 150 },
    );
  });

  it('removing any one Antwoord gives exactly one message, on that Vraag', () => {
    fc.assert(
      fc.property(
        partition.chain((blocks) => fc.tuple(fc.constant(blocks), fc.integer({ min: 0, max: blocks.length - 1 }))),
        shape,
        ([blocks, skip], s) => {
          const messages = qaMessages(document(blocks, s, skip));
          assert.equal(messages.length, 1, messages.join('\n'));
          assert.match(messages[0]!, new RegExp(`^KB401 .*"Vraag ${listed(blocks[skip]!)}"`));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a Vraag block placed before its lowest number gives one numbering message', () => {
    const text = document([[1], [3], [2], [4]], { heading: true, opVraag: false });
    const messages = qaMessages(text);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0]!, /^KB402 .*"Vraag 3".*"Vraag 2"/);
  });

  it('the clean shape fixtures give no Vraag/Antwoord message of any rule', () => {
    for (const name of ['KB401/gecombineerd.md', 'KB401/groep.md', 'KB401/uitstelbericht.md', 'KB404/zie-ook.md', 'KB404/uitstelbericht.md', 'KB404/grens-21-dagen.md', 'KB404/zie-ook-meervoud.md']) {
      const text = fs.readFileSync(path.join(FIXTURES, 'rules', name), 'utf8');
      const expected = [...text.matchAll(/<!--\s*expect\s+(KB40\d)/g)].map((m) => m[1]);
      assert.deepEqual(qaMessages(text).map((m) => m.slice(0, 5)).sort(), expected.sort(), name);
    }
  });

  it('"Zie ook Aanhangsels Handelingen, …, nr. 1767 en 1775" is an Aanhangsel citation, not a Handelingen slip', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'rules', 'KB404', 'zie-ook-meervoud.md'), 'utf8');
    const { messages, analysis } = lintText(text);
    assert.deepEqual(messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.message}`), []);
    assert.ok(analysis.citations.some(({ citation }) => citation.kind === 'aanhangsel' && citation.text.startsWith('Aanhangsels Handelingen')));
  });

  it('both corpus letters give no Vraag/Antwoord message', () => {
    for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const messages = qaMessages(fs.readFileSync(path.join(CORPUS, file), 'utf8')).filter((m) => !m.startsWith('KB404'));
      assert.deepEqual(messages, [], file);
    }
  });
});
