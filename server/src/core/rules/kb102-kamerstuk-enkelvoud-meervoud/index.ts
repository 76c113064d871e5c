import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB102',
    alias: 'kamerstuk-enkelvoud-meervoud',
    description: "\"Kamerstuk\" bij één dossier, \"Kamerstukken\" bij twee of meer dossiers.",
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citaties'],
  },
  "\"Kamerstuk\" bij één dossier en \"Kamerstukken\" bij meer dossiers",
);
