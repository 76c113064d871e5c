import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB105',
    alias: 'kamerstukken-leidraad',
    description: "Controleert de Leidraad-notatie \"Kamerstukken I/II JJJJ/JJ, dossier, nr. n\": Kamer, vergaderjaar, komma's, Eerste Kamer-letters zonder \"nr.\".",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een citaat als \"Kamerstukken II 2015/16, 34442, nr. 3\"",
);
