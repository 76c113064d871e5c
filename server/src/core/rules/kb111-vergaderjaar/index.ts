import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB111',
    alias: 'vergaderjaar',
    description: "Controleert vergaderjaren: opeenvolgende jaren, schuine streep in citaten (2018/19), en-dash in \"vergaderjaar 2018–2019\".",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een vergaderjaar als \"2018/19\" of \"vergaderjaar 2018–2019\"",
);
