// OData entities → snapshot records. Every function is pure; a page maps to a list of changes.
import type { Actor, Besluit, DocKey, DocumentRecord, DossierRecord, MotieRecord, PersonRecord } from '../types.js';
import { cleanToevoeging, docKey, dossierKey, instantKey, isoDate, parseKstId } from './keys.js';
import type { SetName } from './queries.js';
import { tvvKey } from './tvv.js';
import { uitkomstOf } from './uitkomst.js';

type Entity = Record<string, unknown>;

/** What one entity does to the snapshot. `deleted` changes carry only the TK Id. */
export interface Change {
  set: SetName;
  /** TK GUID of the entity. */
  id: string;
  deleted?: true;
  moties?: MotieRecord[];
  documents?: DocumentRecord[];
  /** Document GUID → the keys its records got (to delete them when the Document is deleted later). */
  docIds?: Record<string, DocKey[]>;
  dossiers?: DossierRecord[];
  person?: PersonRecord;
  /** Ids of the records a Zaak was built from (actors, besluiten, agendapunten, activiteiten, documents). */
  deps?: string[];
}

const MOTIE_SOORT = /^motie\b/i;
const GEWIJZIGD_ONDERWERP = /^\s*(?:(?:tweede|derde)\s+)?(?:nader\s+)?gewijzigde\s+motie\b/i;

export function mapEntity(set: SetName, e: Entity): Change | null {
  const id = str(e.Id);
  if (!id) return null;
  if (e.Verwijderd === true) return { set, id, deleted: true };
  if (set === 'Zaak') return mapZaak(id, e);
  if (set === 'Document') return mapDocument(id, e);
  return mapPersoon(id, e);
}

function mapZaak(id: string, z: Entity): Change | null {
  if (str(z.Soort) !== 'Motie') return null; // defensive: the query asks for moties only
  const zaakDossiers = dossiersOf(list(z.Kamerstukdossier), str(z.Titel));
  const allDocs = list(z.Document);
  let docs = allDocs.filter((d) => MOTIE_SOORT.test(str(d.Soort) ?? ''));
  if (docs.length === 0) docs = allDocs.filter((d) => num(d.Volgnummer) > 0);

  const documents: DocumentRecord[] = [];
  const dossiers = new Map<string, DossierRecord>(zaakDossiers.map((d) => [d.key, d]));
  const docIds: Record<string, DocKey[]> = {};
  for (const d of docs) {
    const recs = documentRecords(d, zaakDossiers, str(z.Nummer), dossiers);
    if (recs.length) docIds[str(d.Id) ?? ''] = recs.map((r) => r.key);
    documents.push(...recs);
  }
  if (documents.length === 0 && num(z.Volgnummer) > 0) {
    // No usable Document expanded: the zaak's own volgnummer and dossier name the same kamerstuk (§3.3 invariant).
    for (const dos of zaakDossiers) {
      const onderwerp = trimmed(z.Onderwerp);
      documents.push({
        key: docKey(dos.key, num(z.Volgnummer)),
        dossier: dos.key,
        nr: String(num(z.Volgnummer)),
        soort: GEWIJZIGD_ONDERWERP.test(onderwerp ?? '') ? 'Motie (gewijzigd/nader)' : 'Motie',
        titel: str(z.Titel)?.trim() ?? null,
        onderwerp,
        datum: isoDate(str(z.GestartOp)),
        vergaderjaar: str(z.Vergaderjaar),
        documentNummer: null,
        zaakNummer: str(z.Nummer),
        source: sourceOf('Zaak', id),
      });
    }
  }
  if (documents.length === 0) return null; // a motie without dossier or nr. cannot be cited

  const actors = list(z.ZaakActor);
  const indieners = actors.filter((a) => str(a.Relatie) === 'Indiener').map(actorOf);
  const medeIndieners = actors.filter((a) => str(a.Relatie) === 'Medeindiener').map(actorOf);
  const besluiten = besluitenOf(list(z.Besluit));
  const moties: MotieRecord[] = documents.map((doc) => {
    const vervangt = tvvKey(doc.onderwerp) ?? tvvKey(str(z.Onderwerp));
    return {
      key: doc.key,
      zaakNummer: str(z.Nummer),
      gewijzigd: doc.soort === 'Motie (gewijzigd/nader)' || GEWIJZIGD_ONDERWERP.test(doc.onderwerp ?? str(z.Onderwerp) ?? '') || vervangt !== null,
      indieners,
      medeIndieners,
      besluiten,
      uitkomst: uitkomstOf(besluiten),
      vervangt,
      vervangenDoor: [],
      kabinetsappreciatie: str(z.Kabinetsappreciatie),
      source: sourceOf('Zaak', id),
    };
  });
  return { set: 'Zaak', id, moties, documents, docIds, dossiers: [...dossiers.values()], deps: depsOf(z) };
}

/** Every dependent record's Id, so a later change or deletion of it can be traced back to this Zaak. */
function depsOf(z: Entity): string[] {
  const out = new Set<string>();
  const add = (e: unknown): void => void (typeof (e as Entity | null)?.Id === 'string' && out.add((e as Entity).Id as string));
  for (const a of all(z.ZaakActor)) add(a);
  for (const d of all(z.Document)) add(d);
  for (const b of all(z.Besluit)) {
    add(b);
    const agendapunt = b.Agendapunt as Entity | null | undefined;
    add(agendapunt);
    add(agendapunt?.Activiteit);
  }
  return [...out];
}

function all(v: unknown): Entity[] {
  return Array.isArray(v) ? (v as Entity[]).filter((x) => x && typeof x === 'object') : [];
}

function mapDocument(id: string, d: Entity): Change | null {
  const dossiers = new Map<string, DossierRecord>();
  const documents = documentRecords(d, [], null, dossiers);
  if (documents.length === 0) return null;
  return { set: 'Document', id, documents, docIds: { [id]: documents.map((r) => r.key) }, dossiers: [...dossiers.values()] };
}

function mapPersoon(id: string, p: Entity): Change | null {
  const achternaam = str(p.Achternaam)?.trim();
  if (!achternaam) return null;
  const fracties = list(p.FractieZetelPersoon)
    .map((s) => {
      const fractie = (s.FractieZetel as Entity | null | undefined)?.Fractie as Entity | null | undefined;
      const naam = str(fractie?.Afkorting) ?? str(fractie?.NaamNL);
      return naam ? { fractie: naam, van: isoDate(str(s.Van)), tot: isoDate(str(s.TotEnMet)) } : null;
    })
    .filter((f): f is NonNullable<typeof f> => f !== null)
    .sort((a, b) => (a.van ?? '').localeCompare(b.van ?? ''));
  return {
    set: 'Persoon',
    id,
    person: {
      id,
      achternaam,
      tussenvoegsel: str(p.Tussenvoegsel)?.trim() || null,
      initialen: str(p.Initialen)?.trim() || null,
      roepnaam: str(p.Roepnaam)?.trim() || null,
      fracties,
      source: sourceOf('Persoon', id),
    },
  };
}

/** One record per dossier the document is printed in (16 of 8,041 moties are in two). */
function documentRecords(d: Entity, fallbackDossiers: DossierRecord[], zaakNummer: string | null, into: Map<string, DossierRecord>): DocumentRecord[] {
  const docId = str(d.Id) ?? '';
  const kst = parseKstId(str((d.HuidigeDocumentVersie as Entity | null | undefined)?.ExterneIdentifier));
  let dossiers = dossiersOf(list(d.Kamerstukdossier), str(d.Titel));
  if (dossiers.length === 0) dossiers = fallbackDossiers;
  if (dossiers.length === 0 && kst) {
    dossiers = [{ key: dossierKey(kst.nummer, kst.toevoeging), nummer: kst.nummer, toevoeging: cleanToevoeging(kst.toevoeging), titel: str(d.Titel)?.trim() || null, source: sourceOf('Document', docId) }];
  }
  const nr = num(d.Volgnummer) > 0 ? String(num(d.Volgnummer)) : kst?.nr ?? null;
  if (!nr || !str(d.Soort)) return [];
  for (const dos of dossiers) if (!into.has(dos.key) || !into.get(dos.key)!.titel) into.set(dos.key, dos);
  return dossiers.map((dos) => ({
    key: docKey(dos.key, nr),
    dossier: dos.key,
    nr,
    soort: str(d.Soort)!,
    titel: str(d.Titel)?.trim() || null,
    onderwerp: trimmed(d.Onderwerp),
    datum: isoDate(str(d.Datum)),
    vergaderjaar: str(d.Vergaderjaar),
    documentNummer: str(d.DocumentNummer),
    zaakNummer,
    source: sourceOf('Document', docId),
  }));
}

function dossiersOf(rows: Entity[], fallbackTitel: string | null): DossierRecord[] {
  return rows
    .filter((k) => num(k.Nummer) > 0)
    .map((k) => ({
      key: dossierKey(num(k.Nummer), str(k.Toevoeging)),
      nummer: num(k.Nummer),
      toevoeging: cleanToevoeging(str(k.Toevoeging)),
      // For moties Document/Zaak.Titel is the dossier title (§3.1), so it fills a missing Kamerstukdossier.Titel.
      titel: str(k.Titel)?.trim() || fallbackTitel?.trim() || null,
      source: sourceOf('Kamerstukdossier', str(k.Id) ?? ''),
    }));
}

/** Decisions only (Status "Besluit"), oldest first: by vote date, then change time, then agenda order. */
function besluitenOf(rows: Entity[]): Besluit[] {
  return rows
    .filter((b) => str(b.BesluitSoort) && (b.Status == null || str(b.Status) === 'Besluit'))
    .map((b) => {
      const activiteit = (b.Agendapunt as Entity | null | undefined)?.Activiteit as Entity | null | undefined;
      return { b, datum: isoDate(str(activiteit?.Datum)), changed: instantKey(str(b.GewijzigdOp) ?? ''), order: num(b.AgendapuntZaakBesluitVolgorde) };
    })
    .sort((x, y) => (x.datum ?? '').localeCompare(y.datum ?? '') || x.changed.localeCompare(y.changed) || x.order - y.order)
    .map(({ b, datum }) => ({ soort: str(b.BesluitSoort)!, tekst: str(b.BesluitTekst), datum }));
}

function actorOf(a: Entity): Actor {
  const p = a.Persoon as Entity | null | undefined;
  const achternaam = str(p?.Achternaam)?.trim();
  const naam = achternaam ? letterSurname(str(p?.Tussenvoegsel), achternaam) : surnameFromActorNaam(str(a.ActorNaam) ?? '');
  return { naam, volledigeNaam: str(a.ActorNaam)?.trim() || null, fractie: str(a.ActorFractie)?.trim() || null, persoonId: str(a.Persoon_Id) };
}

/** Surname as a letter writes it without first name: "Van Nispen", "Van der Plas", "Podt". */
export function letterSurname(tussenvoegsel: string | null, achternaam: string): string {
  const t = (tussenvoegsel ?? '').trim();
  const full = t ? `${t} ${achternaam}` : achternaam;
  return full.charAt(0).toUpperCase() + full.slice(1);
}

/** "M.G.F. Rikkers-Oosterkamp" → "Rikkers-Oosterkamp"; "C.A.M. van der Plas" → "Van der Plas". */
export function surnameFromActorNaam(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && /^(?:[A-Z][a-z]?\.|[A-Z]\.[A-Z]\.?|(?:mr|dr|drs|ir|prof|ing)\.)/i.test(words[0]!) && words[0]!.includes('.')) words.shift();
  const rest = words.join(' ');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function sourceOf(set: string, id: string): string {
  return `tk-odata:${set}(${id})`;
}

function list(v: unknown): Entity[] {
  return Array.isArray(v) ? (v as Entity[]).filter((x) => x && typeof x === 'object' && x.Verwijderd !== true) : [];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : -1;
}

function trimmed(v: unknown): string | null {
  const s = str(v)?.replace(/\s+/g, ' ').trim();
  return s || null;
}
