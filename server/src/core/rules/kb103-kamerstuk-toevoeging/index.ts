import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB103',
    alias: 'kamerstuk-toevoeging',
    description: "Controleert toevoegingen: begrotingshoofdstuk met spatie en in hoofdletters (36 410 VIII), fondsletters, subdossier met koppelteken (21 501-02).",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een toevoeging als \"36 410 VIII\" of \"21 501-02\"",
);
