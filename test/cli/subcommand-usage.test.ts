// Every subcommand reports a usage slip in Dutch (one line, exit 2), not Node's English parseArgs text.
import assert from 'node:assert/strict';
import { kamerbrief } from '../helpers/kamerbrief-cli.js';

describe('subcommands: usage slips in Dutch', () => {
  for (const command of ['lookup', 'import', 'export', 'vragen', 'overzicht', 'snapshot', 'woordenlijst', 'sync']) {
    it(`kamerbrief ${command} --onbekend`, async () => {
      const r = await kamerbrief([command, '--onbekend']);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`^kamerbrief(?: ${command})?: onbekende optie --onbekend; zie kamerbrief ${command} --help\\n$`));
    });
  }

  it('an option without its value', async () => {
    const r = await kamerbrief(['overzicht', '--dossier']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief overzicht: optie --dossier verwacht een waarde; zie kamerbrief overzicht --help\n$/);
  });
});
