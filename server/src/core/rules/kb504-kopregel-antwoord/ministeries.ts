// Dutch ministries and ministers' posts with the periods their official names held (KB504).
// Days are ISO dates, both ends inclusive: on the day a cabinet is sworn in both the old and the
// new name pass, because letters of that morning still carry the old one. Where only the year of
// a change is known, both names pass for that whole year. Sources are named per entry; the
// cabinet dates are those of rijksoverheid.nl "Kabinetten sinds 1945" and parlement.com.

/** Letters dated before this day are not judged by date (older names are not all in the table). */
export const JUDGED_FROM = '1994-08-22';
/**
 * From the Jetten cabinet (sworn in 23 February 2026) ministers without portfolio are styled
 * "Minister van …" (rijksoverheid.nl announcement of 23 February 2026, quoted by blikopnieuws.nl:
 * "Minister van Buitenlandse Handel en Ontwikkelingssamenwerking", "Minister van Werk en
 * Participatie", …). Before that they were "Minister voor …".
 */
export const POSTS_STYLED_VAN_FROM = '2026-02-23';

export interface MinistryName {
  /** Unique key for the links below. */
  id: string;
  name: string;
  from?: string;
  to?: string;
  /** Where the office went when this name ended (renames, mergers, splits). */
  next?: string[];
  /** Where it came from when this name began. */
  previous?: string[];
  /** Abbreviations the ministry goes by (uppercase forms as written in drafts). */
  abbreviations?: string[];
  /**
   * The name was a portfolio (a minister without portfolio, a staatssecretaris's brief) before or
   * after it was a ministry: outside the ministry's period it is not judged.
   */
  portfolio?: boolean;
}

export const MINISTRIES: readonly MinistryName[] = [
  // parlement.com "Ministerie van Algemene Zaken (AZ)": under this name since 1937.
  { id: 'az', name: 'Algemene Zaken', abbreviations: ['AZ'] },
  // parlement.com "Ministerie van Buitenlandse Zaken (BZ)": unchanged name.
  { id: 'bz', name: 'Buitenlandse Zaken', abbreviations: ['BZ'] },
  // parlement.com "Ministerie van Defensie": under this name since 1959.
  { id: 'def', name: 'Defensie', abbreviations: ['DEF'] },
  // parlement.com "Ministerie van Financiën (FIN)": unchanged name.
  { id: 'fin', name: 'Financiën', abbreviations: ['FIN'] },
  // de.wikipedia "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties": "Diesen Zusatz hat das
  // Ministerium seit 1998"; the day of the 1998 renaming is not confirmed, so both pass in 1998.
  { id: 'biza', name: 'Binnenlandse Zaken', to: '1998-12-31', next: ['bzk'] },
  { id: 'bzk', name: 'Binnenlandse Zaken en Koninkrijksrelaties', from: '1998-01-01', previous: ['biza'], abbreviations: ['BZK'] },
  // parlement.com "Ministerie van Justitie en Veiligheid (JenV)", historische ontwikkeling; cabinet
  // Rutte I (14 October 2010) made it Veiligheid en Justitie, Rutte III (26 October 2017) Justitie en
  // Veiligheid (Handelingen II 2018/19, nr. 69, item 4, vragen Van Raak over de naamswijzigingen).
  { id: 'jus', name: 'Justitie', to: '2010-10-14', next: ['venj'] },
  { id: 'venj', name: 'Veiligheid en Justitie', from: '2010-10-14', to: '2017-10-26', previous: ['jus'], next: ['jenv'], abbreviations: ['VENJ', 'V&J', 'VJ'] },
  { id: 'jenv', name: 'Justitie en Veiligheid', from: '2017-10-26', previous: ['venj'], abbreviations: ['JENV', 'J&V', 'JV'] },
  // nl.wikipedia "Ministerie van Economische Zaken, Landbouw en Innovatie" and the same Handelingen
  // item: Economische Zaken until Rutte I (14 October 2010), EL&I until Rutte II (5 November 2012),
  // Economische Zaken until Rutte III (26 October 2017), Economische Zaken en Klimaat until Schoof
  // (2 July 2024; wikimili "Ministry of Climate Policy and Green Growth": "Economic Affairs" dropped
  // the climate part that day), Economische Zaken until Jetten (23 February 2026, rijksoverheid.nl:
  // "Ministerie van Economische Zaken en Klimaat (was: Economische Zaken)").
  { id: 'ez1', name: 'Economische Zaken', to: '2010-10-14', next: ['eli'], abbreviations: ['EZ'] },
  { id: 'eli', name: 'Economische Zaken, Landbouw en Innovatie', from: '2010-10-14', to: '2012-11-05', previous: ['ez1', 'lnv1'], next: ['ez2'], abbreviations: ['EL&I', 'ELI', 'ELENI'] },
  { id: 'ez2', name: 'Economische Zaken', from: '2012-11-05', to: '2017-10-26', previous: ['eli'], next: ['ezk1', 'lnv2'], abbreviations: ['EZ'] },
  { id: 'ezk1', name: 'Economische Zaken en Klimaat', from: '2017-10-26', to: '2024-07-02', previous: ['ez2'], next: ['ez3', 'kgg'], abbreviations: ['EZK'] },
  { id: 'ez3', name: 'Economische Zaken', from: '2024-07-02', to: '2026-02-23', previous: ['ezk1'], next: ['ezk2'], abbreviations: ['EZ'] },
  { id: 'ezk2', name: 'Economische Zaken en Klimaat', from: '2026-02-23', previous: ['ez3', 'kgg'], abbreviations: ['EZK'] },
  // metronieuws.nl 2024-06 "Kabinet-Schoof krijgt drie nieuwe ministeries" (Asiel en Migratie,
  // Volkshuisvesting en Ruimtelijke Ordening, Klimaat en Groene Groei), de.wikipedia "Ministerie
  // van Klimaat en Groene Groei" (set up 2 July 2024); folded back on 23 February 2026
  // (hartvannederland.nl / rijksoverheid.nl): since then they are posts, see POSTS.
  { id: 'kgg', name: 'Klimaat en Groene Groei', from: '2024-07-02', to: '2026-02-23', portfolio: true, abbreviations: ['KGG'] },
  { id: 'aenm', name: 'Asiel en Migratie', from: '2024-07-02', to: '2026-02-23', portfolio: true, abbreviations: ['AENM', 'A&M'] },
  { id: 'vro', name: 'Volkshuisvesting en Ruimtelijke Ordening', from: '2024-07-02', to: '2026-02-23', portfolio: true, abbreviations: ['VRO'] },
  // nl.wikipedia "Ministerie van Landbouw, Natuur en Voedselkwaliteit" (history table): Landbouw,
  // Natuurbeheer en Visserij 1989–2003, Landbouw, Natuur en Voedselkwaliteit 2003–2010 and again
  // from Rutte III (26 October 2017); nieuweoogst.nl 2026-02-21: the name became Landbouw, Visserij,
  // Voedselzekerheid en Natuur with Schoof (2 July 2024); from Jetten (23 February 2026) the minister
  // is "van Landbouw, Natuur en Voedselkwaliteit" while the ministry's name was then unsettled, so
  // both names pass from that day.
  { id: 'lnbv', name: 'Landbouw, Natuurbeheer en Visserij', to: '2003-12-31', next: ['lnv1'] },
  { id: 'lnv1', name: 'Landbouw, Natuur en Voedselkwaliteit', from: '2003-01-01', to: '2010-10-14', previous: ['lnbv'], next: ['eli'], abbreviations: ['LNV'] },
  { id: 'lnv2', name: 'Landbouw, Natuur en Voedselkwaliteit', from: '2017-10-26', to: '2024-07-02', previous: ['ez2'], next: ['lvvn'], abbreviations: ['LNV'] },
  { id: 'lvvn', name: 'Landbouw, Visserij, Voedselzekerheid en Natuur', from: '2024-07-02', previous: ['lnv2'], abbreviations: ['LVVN'] },
  { id: 'lnv3', name: 'Landbouw, Natuur en Voedselkwaliteit', from: '2026-02-23', previous: ['lvvn'], abbreviations: ['LNV'] },
  // zoek.officielebekendmakingen.nl kst-33000-XII-8 (brief IenM, 11 November 2011): Verkeer en
  // Waterstaat and parts of VROM merged into Infrastructuur en Milieu when Rutte I took office
  // (14 October 2010), VROM's other parts went to EL&I and BZK; waterforum.net 2017 and the
  // Handelingen item above: Infrastructuur en Waterstaat from Rutte III (26 October 2017).
  { id: 'venw', name: 'Verkeer en Waterstaat', to: '2010-10-14', next: ['ienm'], abbreviations: ['VENW', 'V&W'] },
  { id: 'vrom', name: 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', to: '2010-10-14', next: ['ienm', 'bzk'], abbreviations: ['VROM'] },
  { id: 'ienm', name: 'Infrastructuur en Milieu', from: '2010-10-14', to: '2017-10-26', previous: ['venw', 'vrom'], next: ['ienw'], abbreviations: ['IENM', 'I&M'] },
  { id: 'ienw', name: 'Infrastructuur en Waterstaat', from: '2017-10-26', previous: ['ienm'], abbreviations: ['IENW', 'I&W'] },
  // parlement.com "Ministerie van Onderwijs en Wetenschappen": renamed Onderwijs, Cultuur en
  // Wetenschappen in 1994 (cabinet Kok I, 22 August 1994); rijksoverheid.nl writes "Wetenschap"
  // (both spellings pass, see NAME_VARIANTS).
  { id: 'oenw', name: 'Onderwijs en Wetenschappen', to: '1994-08-22', next: ['ocw'] },
  { id: 'ocw', name: 'Onderwijs, Cultuur en Wetenschap', from: '1994-08-22', previous: ['oenw'], abbreviations: ['OCW', 'OCENW'] },
  // parlement.com "Ministerie van Welzijn, Volksgezondheid en Cultuur (WVC)": 1982–1994, then
  // Volksgezondheid, Welzijn en Sport (parlement.com "Ministerie van Volksgezondheid, Welzijn en Sport").
  { id: 'wvc', name: 'Welzijn, Volksgezondheid en Cultuur', to: '1994-08-22', next: ['vws'], abbreviations: ['WVC'] },
  { id: 'vws', name: 'Volksgezondheid, Welzijn en Sport', from: '1994-08-22', previous: ['wvc'], abbreviations: ['VWS'] },
  // parlement.com "Ministerie van Sociale Zaken en Werkgelegenheid (SZW)": under this name since 1981.
  { id: 'szw', name: 'Sociale Zaken en Werkgelegenheid', abbreviations: ['SZW'] },
];

/** Spellings that pass as the official name. */
export const NAME_VARIANTS: Readonly<Record<string, string>> = {
  'Onderwijs, Cultuur en Wetenschappen': 'Onderwijs, Cultuur en Wetenschap',
};

export interface PostName {
  name: string;
  from?: string;
  to?: string;
  abbreviations?: string[];
}

/**
 * Ministers without portfolio ("Minister voor …" before 23 February 2026, "Minister van …" after).
 * Periods are those of the cabinets that had the post; a post outside its period is not judged.
 */
export const POSTS: readonly PostName[] = [
  // parlement.com "minister voor Ontwikkelingssamenwerking": a post in most cabinets up to Balkenende IV.
  { name: 'Ontwikkelingssamenwerking', to: '2010-10-14' },
  // Balkenende I–III (Nawijn, Verdonk) and II (De Graaf, Pechtold), parlement.com.
  { name: 'Vreemdelingenzaken en Integratie', from: '2002-07-22', to: '2007-02-22' },
  { name: 'Bestuurlijke Vernieuwing en Koninkrijksrelaties', from: '2003-05-27', to: '2007-02-22' },
  // Balkenende IV (Rouvoet; Vogelaar, Van der Laan), parlement.com.
  { name: 'Jeugd en Gezin', from: '2007-02-22', to: '2010-10-14' },
  { name: 'Wonen, Wijken en Integratie', from: '2007-02-22', to: '2010-10-14' },
  // Rutte I (Leers), parlement.com.
  { name: 'Immigratie en Asiel', from: '2010-10-14', to: '2012-11-05' },
  { name: 'Immigratie, Integratie en Asiel', from: '2010-10-14', to: '2012-11-05' },
  // Rutte II (Blok; Ploumen), parlement.com.
  { name: 'Wonen en Rijksdienst', from: '2012-11-05', to: '2017-10-26' },
  // Rutte II–IV, welingelichtekringen.nl / rijksoverheid.nl "Kabinet-Rutte IV"; Jetten (van) from 2026.
  { name: 'Buitenlandse Handel en Ontwikkelingssamenwerking', from: '2012-11-05', to: '2024-07-02', abbreviations: ['BHOS', 'BH&OS'] },
  { name: 'Buitenlandse Handel en Ontwikkelingssamenwerking', from: '2026-02-23', abbreviations: ['BHOS', 'BH&OS'] },
  // Rutte III (hortipoint.nl bordesfoto 2017: "voor Basis- en Voortgezet Onderwijs en Media",
  // "voor Rechtsbescherming", "voor Medische Zorg"); Medische Zorg en Sport from 2020 (Van Ark).
  { name: 'Basis- en Voortgezet Onderwijs en Media', from: '2017-10-26', to: '2022-01-10' },
  { name: 'Medische Zorg', from: '2017-10-26', to: '2022-01-10' },
  { name: 'Medische Zorg en Sport', from: '2020-01-01', to: '2022-01-10' },
  { name: 'Rechtsbescherming', from: '2017-10-26', to: '2024-07-02' },
  // aedes.nl: Van Veldhoven "sinds 1 november 2019 minister voor Milieu en Wonen" (temporary).
  { name: 'Milieu en Wonen', from: '2019-11-01', to: '2021-12-31' },
  // Rutte IV (rijksoverheid.nl "Kabinet-Rutte IV (2022-2024)", nu.nl 2021-12).
  { name: 'Primair en Voortgezet Onderwijs', from: '2022-01-10', to: '2024-07-02' },
  { name: 'Klimaat en Energie', from: '2022-01-10', to: '2024-07-02' },
  { name: 'Natuur en Stikstof', from: '2022-01-10', to: '2024-07-02' },
  { name: 'Langdurige Zorg en Sport', from: '2022-01-10', to: '2024-07-02' },
  { name: 'Armoedebeleid, Participatie en Pensioenen', from: '2022-01-10', to: '2024-07-02' },
  { name: 'Volkshuisvesting en Ruimtelijke Ordening', from: '2022-01-10', to: '2024-07-02', abbreviations: ['VRO'] },
  // Schoof (metronieuws.nl 2024-06: one minister without portfolio).
  { name: 'Buitenlandse Handel en Ontwikkelingshulp', from: '2024-07-02', to: '2026-02-23', abbreviations: ['BHO'] },
  // Jetten (rijksoverheid.nl 2026-02-23): six ministers without a ministry, styled "Minister van".
  { name: 'Asiel en Migratie', from: '2026-02-23', abbreviations: ['AENM', 'A&M'] },
  { name: 'Volkshuisvesting en Ruimtelijke Ordening', from: '2026-02-23', abbreviations: ['VRO'] },
  { name: 'Klimaat en Groene Groei', from: '2026-02-23', abbreviations: ['KGG'] },
  { name: 'Werk en Participatie', from: '2026-02-23' },
  { name: 'Langdurige Zorg, Jeugd en Sport', from: '2026-02-23' },
];
