// The section snippets that carry a footnote (motie, gewijzigde motie, motie van de leden,
// voetnoot) and the toezegging section. They come from the language server, not from the static
// snippets file, because only the server knows the document: the call gets the next free number
// and the footnote text goes where the document keeps its notes (see completion.ts).

export interface SectionSnippet {
  /** What the user types (also the completion label). */
  prefix: string;
  description: string;
  /** Snippet text (LSP syntax) with the footnote call `[^n]` for footnote number n. */
  body: (n: number) => string;
  /** Plain footnote definition for number n (an additional edit cannot hold tab stops). */
  note: ((n: number) => string) | null;
  /** Offered only at the start of a line (a section), or after any word (a footnote call). */
  atLineStart: boolean;
}

const note = (nr: string) => (n: number) => `[^${n}]: Kamerstuk 29 754, nr. ${nr}.`;

export const SECTION_SNIPPETS: readonly SectionSnippet[] = [
  {
    prefix: 'motie',
    description: 'Motiesectie: kopje zonder fractie, eerste vermelding met fractie en een voetnoot (volgende vrije nummer, voetnoottekst bij de andere voetnoten)',
    body: (n) =>
      [
        '## Motie van het lid ${1:Becker}${2: c.s.} over ${3:een landelijk gevalideerde aanpak}',
        '',
        `Naar aanleiding van de motie van het lid \${1:Becker} (\${4:VVD})[^${n}], waarin de regering verzocht wordt \${5:de middelen voor het voorkomen van radicalisering meer te koppelen aan een landelijk gevalideerde aanpak}, informeer ik u graag als volgt.`,
        '',
        '$0',
      ].join('\n'),
    note: note('451'),
    atLineStart: true,
  },
  {
    prefix: 'gewijzigde-motie',
    description: 'Sectie voor een gewijzigde motie: kopje, eerste vermelding met fractie en een voetnoot (volgende vrije nummer, voetnoottekst bij de andere voetnoten)',
    body: (n) =>
      [
        '## Gewijzigde motie van het lid ${1:Azarkan}${2} over ${3:de evaluatie van contraterrorisme-maatregelen}',
        '',
        `Naar aanleiding van de gewijzigde motie van het lid \${1:Azarkan} (\${4:DENK})[^${n}], waarin de regering verzocht wordt \${5:zich ervoor in te zetten dat de kwaliteit van de evaluatie van contraterrorismemaatregelen wordt verhoogd}, informeer ik u graag als volgt.`,
        '',
        '$0',
      ].join('\n'),
    note: note('482'),
    atLineStart: true,
  },
  {
    prefix: 'motie-leden',
    description: 'Motiesectie met twee indieners: "van de leden … en …", fractie bij de eerste vermelding, voetnoot (volgende vrije nummer)',
    body: (n) =>
      [
        '## Motie van de leden ${1:Kuiken} en ${2:Gijs van Dijk} over ${3:maatregelen tegen alle vormen van radicalisering}',
        '',
        `Naar aanleiding van de motie van de leden \${1:Kuiken} (\${4:PvdA}) en \${2:Gijs van Dijk} (\${5:SP})[^${n}], waarin de regering verzocht wordt \${6:met de radicaliseringsagenda maatregelen te nemen tegen alle vormen van radicalisering}, informeer ik u graag als volgt.`,
        '',
        '$0',
      ].join('\n'),
    note: note('452'),
    atLineStart: true,
  },
  {
    prefix: 'toezegging',
    description: 'Toezeggingsectie: kopje met een en-streepje (–), en het debat en de datum waarin de toezegging is gedaan',
    body: () =>
      [
        '## Toezegging – ${1:Inzicht in gebruik van de landelijke faciliteiten}',
        '',
        'De ${2|Minister van,Minister voor,Staatssecretaris van|} ${3:Sociale Zaken en Werkgelegenheid} heeft tijdens het ${4|commissiedebat,tweeminutendebat,wetgevingsoverleg,notaoverleg,plenaire debat,algemeen overleg|} ${5:preventie radicalisering} van ${6:20 juni 2018} toegezegd ${7:de Kamer te informeren over het gebruik van de landelijke faciliteiten door gemeenten}. Bij deze informeer ik u als volgt.',
        '',
        '$0',
      ].join('\n'),
    note: null,
    atLineStart: true,
  },
  {
    prefix: 'voetnoot',
    description: 'Voetnootverwijzing met het volgende vrije nummer; de voetnoottekst (een Kamerstuk) komt bij de andere voetnoten',
    body: (n) => `[^${n}]$0`,
    note: note('482'),
    atLineStart: false,
  },
];
