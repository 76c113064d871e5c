// The rule registry, in id order. Generated docs, the config schema and the CLI all read it.
import type { Rule } from '../rule.js';
import kb011_onderdrukking_zonder_reden from './kb011-onderdrukking-zonder-reden/index.js';
import kb012_onderdrukking_ongebruikt from './kb012-onderdrukking-ongebruikt/index.js';
import kb101_kamerstuk_notatie from './kb101-kamerstuk-notatie/index.js';
import kb102_kamerstuk_enkelvoud_meervoud from './kb102-kamerstuk-enkelvoud-meervoud/index.js';
import kb103_kamerstuk_toevoeging from './kb103-kamerstuk-toevoeging/index.js';
import kb104_kamerstuk_registervorm from './kb104-kamerstuk-registervorm/index.js';
import kb105_kamerstukken_leidraad from './kb105-kamerstukken-leidraad/index.js';
import kb106_citatiestijl from './kb106-citatiestijl/index.js';
import kb111_vergaderjaar from './kb111-vergaderjaar/index.js';
import kb112_handelingen_notatie from './kb112-handelingen-notatie/index.js';
import kb113_aanhangsel_notatie from './kb113-aanhangsel-notatie/index.js';
import kb114_zaaknummer from './kb114-zaaknummer/index.js';
import kb115_publicatie_notatie from './kb115-publicatie-notatie/index.js';
import kb121_citatie_onbekend from './kb121-citatie-onbekend/index.js';
import kb122_gegevens_verouderd from './kb122-gegevens-verouderd/index.js';
import kb201_voetnoot_ongedefinieerd from './kb201-voetnoot-ongedefinieerd/index.js';
import kb202_voetnoot_ongebruikt from './kb202-voetnoot-ongebruikt/index.js';
import kb203_voetnoot_volgorde from './kb203-voetnoot-volgorde/index.js';
import kb204_voetnoot_dubbel from './kb204-voetnoot-dubbel/index.js';
import kb205_voetnoot_tekst from './kb205-voetnoot-tekst/index.js';
import kb206_voetnoot_plaatsing from './kb206-voetnoot-plaatsing/index.js';
import kb301_motie_zonder_bron from './kb301-motie-zonder-bron/index.js';
import kb302_motie_geen_motie from './kb302-motie-geen-motie/index.js';
import kb303_motie_indiener from './kb303-motie-indiener/index.js';
import kb304_motie_fractie from './kb304-motie-fractie/index.js';
import kb305_motie_status from './kb305-motie-status/index.js';
import kb306_motie_gewijzigd from './kb306-motie-gewijzigd/index.js';
import kb307_motie_consistentie from './kb307-motie-consistentie/index.js';
import kb308_motie_naamgeving from './kb308-motie-naamgeving/index.js';
import kb311_toezegging_bron from './kb311-toezegging-bron/index.js';
import kb312_toezegging_register from './kb312-toezegging-register/index.js';
import kb401_vraag_antwoord_paar from './kb401-vraag-antwoord-paar/index.js';
import kb402_vraag_nummering from './kb402-vraag-nummering/index.js';
import kb403_antwoord_verwijzing from './kb403-antwoord-verwijzing/index.js';
import kb404_antwoordtermijn from './kb404-antwoordtermijn/index.js';
import kb501_voorpagina from './kb501-voorpagina/index.js';
import kb502_ondertekening from './kb502-ondertekening/index.js';
import kb503_kopjes from './kb503-kopjes/index.js';
import kb504_kopregel_antwoord from './kb504-kopregel-antwoord/index.js';
import kb601_plaatshouder from './kb601-plaatshouder/index.js';
import kb602_commentaar from './kb602-commentaar/index.js';
import kb603_conceptmarkering from './kb603-conceptmarkering/index.js';
import kb604_contactgegevens from './kb604-contactgegevens/index.js';

export const allRules: readonly Rule[] = [
  kb011_onderdrukking_zonder_reden,
  kb012_onderdrukking_ongebruikt,
  kb101_kamerstuk_notatie,
  kb102_kamerstuk_enkelvoud_meervoud,
  kb103_kamerstuk_toevoeging,
  kb104_kamerstuk_registervorm,
  kb105_kamerstukken_leidraad,
  kb106_citatiestijl,
  kb111_vergaderjaar,
  kb112_handelingen_notatie,
  kb113_aanhangsel_notatie,
  kb114_zaaknummer,
  kb115_publicatie_notatie,
  kb121_citatie_onbekend,
  kb122_gegevens_verouderd,
  kb201_voetnoot_ongedefinieerd,
  kb202_voetnoot_ongebruikt,
  kb203_voetnoot_volgorde,
  kb204_voetnoot_dubbel,
  kb205_voetnoot_tekst,
  kb206_voetnoot_plaatsing,
  kb301_motie_zonder_bron,
  kb302_motie_geen_motie,
  kb303_motie_indiener,
  kb304_motie_fractie,
  kb305_motie_status,
  kb306_motie_gewijzigd,
  kb307_motie_consistentie,
  kb308_motie_naamgeving,
  kb311_toezegging_bron,
  kb312_toezegging_register,
  kb401_vraag_antwoord_paar,
  kb402_vraag_nummering,
  kb403_antwoord_verwijzing,
  kb404_antwoordtermijn,
  kb501_voorpagina,
  kb502_ondertekening,
  kb503_kopjes,
  kb504_kopregel_antwoord,
  kb601_plaatshouder,
  kb602_commentaar,
  kb603_conceptmarkering,
  kb604_contactgegevens,
];

export function findRule(idOrAlias: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === idOrAlias || r.meta.alias === idOrAlias);
}
