// The custom request behind the editor's "Overzicht moties en toezeggingen": the client asks for
// a dossier, the server drafts the stand-van-zaken letter from its snapshot (as `kamerbrief
// overzicht` does) and the client opens it as an untitled document.
import { parseDossier } from '../overview/dossier-arg.js';
import { overviewDraft } from '../overview/draft.js';
import { registerSource, type WithRegister } from '../overview/register-source.js';
import type { ToezeggingSource } from '../overview/toezegging-input.js';
import type { DataSource } from './data.js';

export interface OverviewParams {
  dossier?: unknown;
  ministerie?: unknown;
}

export type OverviewAnswer = { ok: true; text: string; moties: number; toezeggingen: number } | { ok: false; message: string };

export function overviewRequest(data: DataSource, toezeggingen: ((snapshot: WithRegister) => ToezeggingSource | null) = registerSource): (params: unknown) => OverviewAnswer {
  return (params) => {
    const p = (params ?? {}) as OverviewParams;
    const dossier = typeof p.dossier === 'string' ? parseDossier(p.dossier) : null;
    if (!dossier) return { ok: false, message: `ongeldig dossiernummer${typeof p.dossier === 'string' ? ` "${p.dossier}"` : ''}; bijvoorbeeld 29754 of 36410-XVI` };
    const snapshot = data.get();
    if (!snapshot) return { ok: false, message: 'er zijn geen gegevens van de Kamer; voer eerst "Kamerbrief: Gegevens bijwerken" uit' };
    if (!snapshot.dossier(dossier) && snapshot.documentsOf(dossier).length === 0) return { ok: false, message: `dossier ${dossier} staat niet in de gegevens` };
    const ministerie = typeof p.ministerie === 'string' ? p.ministerie : null;
    const draft = overviewDraft(snapshot, { dossier, ministerie, toezeggingen: toezeggingen(snapshot), today: new Date() });
    if (draft.moties + draft.toezeggingen === 0) return { ok: false, message: `geen moties of toezeggingen in dossier ${dossier}` };
    return { ok: true, text: draft.text, moties: draft.moties, toezeggingen: draft.toezeggingen };
  };
}
