import { citationRule } from '../citation-rule.js';

export default citationRule(
  {
    id: 'KB104',
    alias: 'kamerstuk-registervorm',
    description: "Registervormen (31839-705, kst-31839-705 met fouten) horen niet in de tekst van een brief.",
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citaties'],
  },
  "de briefnotatie \"Kamerstuk 31 839, nr. 705\"",
);
