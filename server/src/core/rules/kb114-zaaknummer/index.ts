import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB114',
    alias: 'zaaknummer',
    description: "Controleert zaak- en documentnummers van de Tweede Kamer: vier cijfers jaar, Z of D, vijf cijfers (2019Z13154).",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een nummer als \"2019Z13154\"",
);
