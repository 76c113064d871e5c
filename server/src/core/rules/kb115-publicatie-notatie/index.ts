import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB115',
    alias: 'publicatie-notatie',
    description: "Controleert vindplaatsen in Staatsblad, Staatscourant en Tractatenblad: \"Stb. 2011, 35\".",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een vindplaats als \"Stb. 2011, 35\"",
);
