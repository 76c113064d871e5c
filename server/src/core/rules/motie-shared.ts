// Shared reading of motie references and member names for KB301, KB307, KB308, KB311, KB503 (and
// the data-backed KB302–KB306). Everything works on a unit's flat text (citations.md §4):
//   heading   `Motie van het lid Becker c.s. over …`, `Gewijzigde motie van de leden A en B over …`
//   body      `de motie van het lid Becker (VVD)[^3]`, `motie-Taverne (Kamerstuk …)`, `motie Becker c.s.`
// Generic words ("de motie", "deze motie", "moties") are no reference: a reference names a mover.
// The parts live in ./motie/; this module gathers them for the rules.
export * from './motie/names.js';
export * from './motie/phrases.js';
export * from './motie/sentences.js';
export * from './motie/sources.js';
export * from './motie/mentions.js';
export * from './motie/headings.js';
