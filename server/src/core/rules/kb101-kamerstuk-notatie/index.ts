import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB101',
    alias: 'kamerstuk-notatie',
    description: "Controleert de briefnotatie van een Kamerstuk: dossiernummer met duizendtalspatie, komma's, \"nr.\" met punt en spatie, geen losse leestekens.",
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citaties'],
  },
  "een citaat als \"Kamerstuk 29 754, nr. 482\"",
);
