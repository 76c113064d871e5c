// Real Gegevensmagazijn payloads from test/fixtures/data-samples (copied from the shared samples), arranged as pages for the replay server.
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLES } from '../helpers/paths.js';
import { paginate } from '../helpers/replay-server.js';

type Row = Record<string, unknown>;

export function sample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES, name), 'utf8');
}

/** Zaak 2025Z02753 (motie 19637:3370) with Document + HuidigeDocumentVersie expanded (real entity). */
export const MOTIE_3370 = (): Row => JSON.parse(sample('tk-odata-zaak-2025Z02753-motie-expand-document.json')) as Row;
/** Zaak 2025Z02986 (gewijzigde motie 19637:3384, t.v.v. 19637-3370), real entity. */
export const MOTIE_3384 = (): Row => JSON.parse(sample('tk-odata-zaak-2025Z02986-gewijzigde-motie-expand-document.json')) as Row;

/** The 250 real Zaak rows of one page (7 of them Verwijderd placeholders). */
export const ZAAK_ROWS = (): Row[] => JSON.parse(sample('tk-odata-zaak-value-array-page.json')) as Row[];

/** A real placeholder row (all fields null except Id/GewijzigdOp/ApiGewijzigdOp, Verwijderd true). */
export function placeholder(idOf?: string): Row {
  const row = ZAAK_ROWS().find((r) => r.Id === 'e5c12a1a-a9aa-4923-8878-224367a51314')!;
  // The samples hold no "before" of this placeholder; reusing its exact shape for an entity we did
  // sync is how a deletion arrives: same Id, every field null, Verwijderd true.
  return idOf ? { ...row, Id: idOf } : row;
}

/**
 * The real Zaak page with its bare rows of 2025Z02753/2025Z02986 replaced by the same zaken as
 * returned with Document expanded, split into pages of 100 (3 pages: 100, 100, 50).
 */
export function zaakPages(): Row[][] {
  const full = new Map([MOTIE_3370(), MOTIE_3384()].map((z) => [z.Id, z]));
  return paginate(ZAAK_ROWS().map((r) => full.get(r.Id) ?? r), 100);
}

/** The two real motie Documents (with HuidigeDocumentVersie) as a Document page. */
export function documentPages(): Row[][] {
  return [[...(MOTIE_3370().Document as Row[]), ...(MOTIE_3384().Document as Row[])]];
}

export const DOC_3370_ID = '8ac6adec-b58d-451f-843b-503147133169';
