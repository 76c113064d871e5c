// Shared value types of the engine. Offsets are UTF-16 code unit indices into the document text
// (BOM stripped), end exclusive.

export type Severity = 'error' | 'warning' | 'info';
export type Certainty = 'definite' | 'unverified';

export interface Span {
  start: number;
  end: number;
}

/** A text edit: replace [range[0], range[1]) with text. */
export interface Fix {
  range: [number, number];
  text: string;
}

export type CitationKind =
  | 'kamerstuk'
  | 'kamerstukken'
  | 'kamerstukken-leidraad'
  | 'handelingen'
  | 'aanhangsel'
  | 'kamervragen-nummer'
  | 'document-nummer'
  | 'staatsblad'
  | 'staatscourant'
  | 'tractatenblad';

/** One problem the citation grammar found in a citation, tagged with the rule that owns it. */
export interface CitationIssue {
  ruleId: string;
  /** Dutch explanation, short, e.g. "dossiernummer zonder duizendtalspatie". */
  reason: string;
  /** Overrides the rule's default severity for this issue (e.g. a missing item is only a warning). */
  severity?: Severity;
  /** Span of the offending part; defaults to the whole citation. Same coordinate system as the citation. */
  span?: Span;
  /** Replacement for `span` (or the whole citation when no span); absent when no safe fix exists. */
  fix?: { span: Span; text: string };
  /** What is expected when no fix can be written, e.g. "Kamerstukken I JJJJ/JJ, 35 925, C" (the year is not in the text). */
  expected?: string;
}

/** A problem found outside any citation (e.g. "vergaderjaar 2018 – 2019" in running text). */
export interface LooseIssue extends CitationIssue {
  span: Span;
  text: string;
}

export interface Citation {
  kind: CitationKind;
  /** Start/end of the citation text (coordinate system of the text that was scanned). */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** True when there is no issue of severity error or warning. */
  valid: boolean;
  /** The house-style form (letter style unless the citation is Leidraad style), or null when unknown. */
  canonical: string | null;
  /** Dossier numbers as numbers (29754), empty for non-Kamerstuk kinds. */
  dossier: number[];
  /** Toevoeging of the (first) dossier: "VIII", "A", "02", or null. */
  toevoeging: string | null;
  /** Rijkswet R-number of the (first) dossier ("R2188") or null. */
  rijkswet?: string | null;
  /** Ondernummers: ["482"], ["16", "17"], EK letters ["A"]. */
  nrs: string[];
  chamber?: 'I' | 'II' | null;
  /** Vergaderjaar normalised to "2018-2019", or null. */
  vergaderjaar?: string | null;
  /** Handelingen: vergadernummer; item; pages ("7909-7943"). */
  vergadernummer?: string | null;
  item?: string | null;
  pages?: string | null;
  /** Year and number for Stb./Stcrt./Trb. */
  jaar?: number | null;
  /** Zaak/document number ("2019Z13154"). */
  nummer?: string | null;
  /** Citation style as written: letter (29 754), leidraad (Kamerstukken II 2018/19, 29754), registry/id forms, or neutral. */
  style: 'letter' | 'leidraad' | 'registry' | 'id' | 'neutral';
  /** officielebekendmakingen id ("kst-29754-482") and URL, when one can be built. */
  id: string | null;
  url: string | null;
  issues: CitationIssue[];
}

/** A problem reported by a rule, before severity/config are applied. */
export interface Report {
  span: Span;
  message: string;
  severity?: Severity;
  certainty?: Certainty;
  fix?: Fix;
  /** Related locations (LSP relatedInformation), e.g. the first definition of a duplicate footnote. */
  related?: { span: Span; message: string }[];
  /**
   * Reports of several rules on one citation (same key, same severity) become one message naming
   * every defect (one slip, one message); the engine merges them (merge.ts).
   */
  merge?: MergeParts;
}

export interface MergeParts {
  /** What identifies the citation, e.g. its span. */
  key: string;
  /** The text as written (quoted in the message). */
  found: string;
  /** What is expected, already quoted or described. */
  expected: string;
  reasons: string[];
}

/** A problem as the shells see it. */
export interface LintMessage {
  ruleId: string;
  rule: string;
  severity: Severity;
  certainty: Certainty;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  related?: { start: number; end: number; message: string }[];
}
