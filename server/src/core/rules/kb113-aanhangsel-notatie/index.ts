import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB113',
    alias: 'aanhangsel-notatie',
    description: "Controleert Aanhangsel-citaten: \"Aanhangsel Handelingen II 2019/20, nr. 123\" en \"Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028\".",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een citaat als \"Aanhangsel Handelingen II 2019/20, nr. 123\"",
);
