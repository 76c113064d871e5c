// KB502: a letter ends with a signature block: "De Minister van …," (or Staatssecretaris,
// Minister voor, minister-president) and the name on the next line; co-signers each get one.
import { unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { soort } from '../frontmatter-shared.js';

// "De Minister van …,", also without "De" and in capitals as ministries print it
// ("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,", "Minister van Algemene Zaken,").
const OFFICE = /^(?:de )?(?:minister(?:-president)?|staatssecretaris)(?: (?:van|voor) [^\n]+)?,$/i;
// The name, perhaps after academic titles ("Mr.dr. J.P. Balkenende", "drs. M. Harbers").
const NAME = /^(?:(?:mr|dr|drs|prof|ir|ing|ds)\.[ ]?)*(?:\p{Lu}\.(?: ?\p{Lu}\.)*|\p{Lu}\p{L}+) ?(?:[\p{Ll}']+ )*\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}?[\p{L}'’-]+)*$/iu;

const rule: Rule = {
  meta: {
    id: 'KB502',
    alias: 'ondertekening',
    description: 'Een brief eindigt met een ondertekening: "De Minister van …," met daaronder de naam.',
    defaultSeverity: 'info',
    fixable: false,
    tags: ['brief'],
  },
  check({ doc, report }) {
    // Only drafts that say what they are: a README or notes file in the repository is no letter.
    if (!doc.frontMatter || soort(doc) !== 'brief') return;
    // The last lines of text before the footnote definitions.
    const defStarts = new Set(doc.definitions.map((d) => d.start));
    const lines: string[] = [];
    for (const block of [...doc.blocks].reverse()) {
      if (defStarts.has(block.start)) continue;
      const text = doc.text.slice(block.start, block.end);
      if (/^\[\^[^\]]+\]:/.test(text)) continue;
      lines.unshift(...text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
      if (lines.length >= 6) break;
    }
    for (let i = 0; i + 1 < lines.length; i++) {
      if (OFFICE.test(lines[i]!) && NAME.test(lines[i + 1]!)) return;
    }
    if (doc.blocks.length === 0) return;
    const end = doc.text.trimEnd().length;
    report({
      span: { start: Math.max(0, end - 1), end },
      message: unexpected({
        what: 'slot van de brief',
        neuter: true,
        found: 'zonder ondertekening',
        expected: 'een ondertekening als "De Minister van Justitie en Veiligheid," met de naam op de volgende regel',
      }),
    });
  },
};
export default rule;
