// Dutch names for citation kinds, for hovers, reports and outlines.
import type { CitationKind } from '../types.js';

export const KIND_LABEL: Record<CitationKind, string> = {
  kamerstuk: 'Kamerstuk',
  kamerstukken: 'Kamerstukken (meer dossiers)',
  'kamerstukken-leidraad': 'Kamerstukken (Leidraad-notatie)',
  handelingen: 'Handelingen',
  aanhangsel: 'Aanhangsel Handelingen',
  'kamervragen-nummer': 'Zaaknummer (Kamervragen)',
  'document-nummer': 'Documentnummer',
  staatsblad: 'Staatsblad',
  staatscourant: 'Staatscourant',
  tractatenblad: 'Tractatenblad',
};
