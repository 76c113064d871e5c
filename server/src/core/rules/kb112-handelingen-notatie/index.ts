import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB112',
    alias: 'handelingen-notatie',
    description: "Controleert Handelingen-citaten: \"Handelingen II 2018/19, nr. 28, item 9\"; vanaf 2010/11 hoort er een item bij.",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een citaat als \"Handelingen II 2018/19, nr. 28, item 9\"",
);
