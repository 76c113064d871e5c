// The toezeggingen an overview letter reports on, as a small local shape: the snapshot does not
// hold the Kamer's toezeggingen register yet. Whoever adds it maps its records onto this interface
// and passes a source to overviewDraft; until then the letter has motie sections only.

export interface ToezeggingInput {
  /** The Kamer's register number ("TZ202402-071"), when known. */
  nummer?: string | null;
  /** Short subject for the heading ("Inzicht in gebruik van de landelijke faciliteiten"), when known. */
  onderwerp?: string | null;
  /** What was promised, as the register words it ("De minister zegt toe de Kamer te informeren over …"). */
  tekst: string;
  /** Openstaand, Voldaan, Deels voldaan, Vervallen … as in the register. */
  status?: string | null;
  /** Ministry responsible ("Justitie en Veiligheid"), for --ministerie. */
  ministerie?: string | null;
  /** Who promised it ("de Minister van Sociale Zaken en Werkgelegenheid"). */
  bewindspersoon?: string | null;
  /** The debate it was made in ("het commissiedebat preventie radicalisering") and its day (yyyy-mm-dd). */
  debat?: string | null;
  datum?: string | null;
  /** Date by which it should be fulfilled (yyyy-mm-dd). */
  nakomingsdatum?: string | null;
  /** Dossier it belongs to ("29754"), when the register names one. */
  dossier?: string | null;
}

/** Gives the toezeggingen of one dossier (key "29754", "36410-XVI"). */
export interface ToezeggingSource {
  toezeggingenOf(dossier: string): readonly ToezeggingInput[];
}
