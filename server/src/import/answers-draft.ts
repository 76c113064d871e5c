// An answers draft from the published questions (`kamerbrief vragen`): front matter (soort
// antwoorden-kamervragen, zaak, vragensteller, ingezonden, onderwerp), the "Vragen van …" and
// "Antwoord van …" lines, every question verbatim as "Vraag n" and an empty "Antwoord n" under it.
// What the ministry still has to fill in is a placeholder KB601 reports before sending.
import { readDocx } from './docx-reader.js';
import { writeMarkdown } from './markdown-writer.js';
import { ImportError, type Block, type FrontMatterField, type ImportedDocument } from './model.js';
import { questionSet, type QuestionSet } from './question-set.js';
import { readPublicationXml } from './xml-reader.js';
import { child, descendant, parseXml, textOf } from './xml-tree.js';
import { isZip } from './zip.js';

export interface AnswersDraft {
  text: string;
  questions: number;
  warnings: string[];
}

const ZAAK = /\b(\d{4}Z\d{5})\b/i;
// Stand-ins for the answer line's placeholders: plain letters survive the Markdown writer's escaping.
const NAME_TOKEN = 'KBPLAATSHOUDERNAAMKB';
const DATE_TOKEN = 'KBPLAATSHOUDERDATUMKB';

/** The draft from the bytes of a questions document (publication XML or .docx). */
export function answersDraft(bytes: Uint8Array, shown: string, known: { zaak?: string } = {}): AnswersDraft {
  let doc: ImportedDocument;
  let xmlHead: { header: string | null; zaak: string | null; ingezonden: string | null; onderwerp: string | null } | null = null;
  if (isZip(bytes)) doc = readDocx(bytes, shown);
  else if (isPdf(bytes)) {
    const where = known.zaak ? `https://zoek.officielebekendmakingen.nl/kv-tk-${known.zaak.toUpperCase()}.xml` : 'officielebekendmakingen.nl (kv-tk-…xml)';
    throw new ImportError(`${shown}: is een PDF en daaruit leest Kamerbrief de vragen niet; haal de publicatie-XML op (${where}) en geef dat bestand`);
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError(`${shown}: geen Word-bestand (.docx) en geen UTF-8-XML; verwacht de Kamervragen als publicatie-XML of .docx`);
    }
    if (!/^\s*</.test(text)) throw new ImportError(`${shown}: geen Word-bestand (.docx) en geen XML; verwacht de Kamervragen als publicatie-XML of .docx`);
    doc = readPublicationXml(text, shown);
    xmlHead = headOf(text, shown);
  }
  const set = questionSet(doc, xmlHead?.header ?? null);
  if (set.questions.length === 0) throw new ImportError(`${shown}: geen vragen gevonden (geen "Vraag 1", genummerde lijst of genummerde alinea's); is dit het document met de Kamervragen?`);
  const zaak = known.zaak ?? xmlHead?.zaak ?? null;
  const warnings = [...doc.warnings];
  if (!set.header) warnings.push('geen regel "Vragen van het lid … (ingezonden …)" gevonden; vul de kopregel en de voorpagina zelf aan');
  const front: FrontMatterField[] = [{ key: 'soort', value: 'antwoorden-kamervragen' }];
  if (zaak) front.push({ key: 'zaak', value: zaak.toUpperCase() });
  if (set.vragensteller) front.push({ key: 'vragensteller', value: set.vragensteller });
  const ingezonden = set.ingezonden ?? xmlHead?.ingezonden ?? null;
  if (ingezonden) front.push({ key: 'ingezonden', value: ingezonden });
  const onderwerp = xmlHead?.onderwerp ?? set.onderwerp;
  if (onderwerp) front.push({ key: 'onderwerp', value: onderwerp });

  const blocks: Block[] = [];
  const para = (text: string): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text, at: 0 }], source: { kind: 'paragraaf', index: 0 } });
  const heading = (text: string): Block => ({ kind: 'heading', level: 3, inlines: [{ kind: 'text', text, at: 0 }], source: { kind: 'paragraaf', index: 0 } });
  if (set.header) blocks.push(para(set.header));
  blocks.push(para(answerLine(set)));
  set.questions.forEach((q, i) => blocks.push(heading(`Vraag ${i + 1}`), ...q, heading(`Antwoord ${i + 1}`)));
  const written = writeMarkdown({ frontMatter: front, blocks, notes: doc.notes, warnings: [] });
  const text = written.text.replace(NAME_TOKEN, '[naam bewindspersoon]').replace(DATE_TOKEN, '[datum]');
  return { text, questions: set.questions.length, warnings };
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/** "Antwoord van Minister [naam bewindspersoon] (Binnenlandse Zaken …) (ontvangen [datum])." */
function answerLine(set: QuestionSet): string {
  const m = set.addressee ? /^(minister|staatssecretaris)s?\b(?:\s+(?:van|voor)\s+(.+?))?(?:\s+en\s+(?:de\s+)?(?:minister|staatssecretaris)\b.*)?$/i.exec(set.addressee) : null;
  const functie = m ? m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase() : null;
  const ministerie = m?.[2] ? ` (${m[2]})` : '';
  return `Antwoord van ${functie ? functie + ' ' : ''}${NAME_TOKEN}${ministerie} (ontvangen ${DATE_TOKEN}).`;
}

/** From the publication XML itself: the omschrijving, the zaak and the date of submission. */
function headOf(text: string, shown: string): { header: string | null; zaak: string | null; ingezonden: string | null; onderwerp: string | null } {
  const root = parseXml(text, shown);
  const omschrijving = descendant(root, 'kamervraagomschrijving');
  const header = omschrijving ? textOf(omschrijving).replace(/\s+/g, ' ').trim() : null;
  const onderwerpEl = omschrijving ? descendant(omschrijving, 'kamervraagonderwerp') : undefined;
  const metas = new Map<string, string>();
  const head = child(root, 'metadata');
  for (const m of head?.children ?? []) if ('name' in m && m.name === 'meta') metas.set(m.attrs['name'] ?? '', m.attrs['content'] ?? '');
  const nummer = descendant(root, 'kamervraagnummer');
  const zaak = ZAAK.exec(metas.get('DC.identifier') ?? '')?.[1] ?? (nummer ? ZAAK.exec(textOf(nummer))?.[1] : undefined) ?? null;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(metas.get('OVERHEIDop.datumIndiening') ?? '')?.[0] ?? null;
  return { header: header || null, zaak, ingezonden: iso, onderwerp: onderwerpEl ? textOf(onderwerpEl).replace(/\s+/g, ' ').trim() : null };
}
