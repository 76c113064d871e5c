// Rule ids and aliases alone, without the rules: reading a configuration file needs to know which
// names are rules, and must not load the parser and all rules to find out (a run whose results are
// all cached never lints). test/unit/rule-catalogue.test.ts keeps this list equal to the registry.
export const RULE_NAMES: readonly (readonly [id: string, alias: string])[] = [
  ['KB011', 'onderdrukking-zonder-reden'],
  ['KB012', 'onderdrukking-ongebruikt'],
  ['KB101', 'kamerstuk-notatie'],
  ['KB102', 'kamerstuk-enkelvoud-meervoud'],
  ['KB103', 'kamerstuk-toevoeging'],
  ['KB104', 'kamerstuk-registervorm'],
  ['KB105', 'kamerstukken-leidraad'],
  ['KB106', 'citatiestijl'],
  ['KB111', 'vergaderjaar'],
  ['KB112', 'handelingen-notatie'],
  ['KB113', 'aanhangsel-notatie'],
  ['KB114', 'zaaknummer'],
  ['KB115', 'publicatie-notatie'],
  ['KB121', 'citatie-onbekend'],
  ['KB122', 'gegevens-verouderd'],
  ['KB201', 'voetnoot-ongedefinieerd'],
  ['KB202', 'voetnoot-ongebruikt'],
  ['KB203', 'voetnoot-volgorde'],
  ['KB204', 'voetnoot-dubbel'],
  ['KB205', 'voetnoot-tekst'],
  ['KB206', 'voetnoot-plaatsing'],
  ['KB301', 'motie-zonder-bron'],
  ['KB302', 'motie-geen-motie'],
  ['KB303', 'motie-indiener'],
  ['KB304', 'motie-fractie'],
  ['KB305', 'motie-status'],
  ['KB306', 'motie-gewijzigd'],
  ['KB307', 'motie-consistentie'],
  ['KB308', 'motie-naamgeving'],
  ['KB311', 'toezegging-bron'],
  ['KB312', 'toezegging-register'],
  ['KB401', 'vraag-antwoord-paar'],
  ['KB402', 'vraag-nummering'],
  ['KB403', 'antwoord-verwijzing'],
  ['KB404', 'antwoordtermijn'],
  ['KB501', 'voorpagina'],
  ['KB502', 'ondertekening'],
  ['KB503', 'kopjes'],
  ['KB504', 'kopregel-antwoord'],
  ['KB601', 'plaatshouder'],
  ['KB602', 'commentaar'],
  ['KB603', 'conceptmarkering'],
  ['KB604', 'contactgegevens'],
];

/** The id of a rule named by id or alias ("KB101", "kamerstuk-notatie"), or undefined. */
export function ruleIdOf(idOrAlias: string): string | undefined {
  return RULE_NAMES.find(([id, alias]) => id === idOrAlias || alias === idOrAlias)?.[0];
}
