// Reads an official publication (officielebekendmakingen XML: kst, ah-tk, kv-tk) from its own
// structure: <al> paragraphs, <kop>/<titel>/<tussenkop> headings, <lijst> lists, <noot>
// footnotes, <vraag>/<antwoord>, tables; the dossier and number from the document's head and
// metadata become front matter (kamerstuk, vergaderjaar, soort).
import { ImportError, type Block, type FrontMatterField, type ImportedDocument, type Inline, type ListItem } from './model.js';
import { child, childrenNamed, descendant, isElement, parseXml, textOf, type XElement, type XNode } from './xml-tree.js';

const ROOTS = new Set(['officiele-publicatie', 'kamerstuk', 'aanhangsel', 'kamervragen']);
const BULLETS = /^[•\-–—·*o▪■]$/;

class Walker {
  blocks: Block[] = [];
  notes = new Map<string, { inlines: Inline[] }>();
  private count = 0;
  private noteCount = 0;
  private qa = { vraag: 0, antwoord: 0 };

  /** Block-level content below `el`, headings one level deeper per <divisie>. */
  walk(nodes: XNode[], depth: number): void {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      switch (n.name) {
        case 'al':
          this.paragraph(n);
          break;
        case 'kop':
          this.heading(n, depth);
          break;
        case 'tussenkop':
          this.heading(n, Math.min(6, depth + 1));
          break;
        case 'divisie':
        case 'hoofdstuk':
        case 'paragraaf':
        case 'afdeling':
          this.walk(n.children, depth + 1);
          break;
        case 'lijst':
          this.list(n);
          break;
        case 'table':
        case 'tabel':
          this.table(n);
          break;
        case 'vraag':
        case 'antwoord':
          this.question(n, n.name);
          break;
        case 'noot':
        case 'nr':
        case 'li.nr':
        case 'titel':
        case 'meta':
          break;
        default:
          this.walk(n.children, depth);
      }
    }
  }

  private place(inlines: Inline[]): { kind: 'paragraaf'; index: number } | null {
    return inlines.some((i) => i.kind === 'text' && i.text.trim() !== '') ? { kind: 'paragraaf', index: ++this.count } : null;
  }

  paragraph(el: XElement): void {
    const inlines = this.inlines(el);
    const source = this.place(inlines);
    if (source) this.blocks.push({ kind: 'paragraph', inlines, source });
  }

  heading(el: XElement, level: number): void {
    const nr = child(el, 'nr');
    const titel = child(el, 'titel') ?? el;
    const inlines = this.inlines(titel);
    if (nr && titel !== el) inlines.unshift({ kind: 'text', text: textOf(nr).trim() + ' ', at: 0 });
    const source = this.place(inlines);
    if (source) this.blocks.push({ kind: 'heading', level: Math.max(2, Math.min(6, level)), inlines, source });
  }

  private question(el: XElement, kind: 'vraag' | 'antwoord'): void {
    const nrText = child(el, 'nr') ? textOf(child(el, 'nr')!).replace(/\D+/g, ' ').trim() : '';
    const n = nrText || String(++this.qa[kind]);
    if (nrText) this.qa[kind] = Number(nrText.split(' ')[0]) || this.qa[kind];
    const label = `${kind === 'vraag' ? 'Vraag' : 'Antwoord'} ${n}`;
    this.blocks.push({ kind: 'heading', level: 3, inlines: [{ kind: 'text', text: label, at: 0 }], source: { kind: 'paragraaf', index: ++this.count } });
    this.walk(el.children, 3);
  }

  private list(el: XElement, depth = 0, into?: ListItem[]): void {
    const items = into ?? [];
    for (const li of childrenNamed(el, 'li')) {
      const marker = child(li, 'li.nr') ? textOf(child(li, 'li.nr')!).trim() : '';
      const ordered = marker !== '' && !BULLETS.test(marker);
      let first = true;
      for (const c of li.children) {
        if (!isElement(c)) continue;
        if (c.name === 'lijst') this.list(c, depth + 1, items);
        else if (c.name === 'al' || c.name === 'al-groep') {
          const inlines = this.inlines(c);
          const source = this.place(inlines);
          if (!source) continue;
          if (first) items.push({ inlines, depth, ordered, source });
          else this.appendTo(items.at(-1)!, inlines);
          first = false;
        }
      }
    }
    if (!into && items.length) this.blocks.push({ kind: 'list', items });
  }

  private appendTo(item: ListItem, inlines: Inline[]): void {
    item.inlines.push({ kind: 'break' }, ...inlines);
  }

  private table(el: XElement): void {
    const rows: { cells: Inline[][]; source: { kind: 'paragraaf'; index: number } }[] = [];
    const visit = (e: XElement): void => {
      for (const c of e.children) {
        if (!isElement(c)) continue;
        if (c.name === 'row') {
          const cells = childrenNamed(c, 'entry').map((entry) => this.inlines(entry));
          const source = this.place(cells.flat());
          if (source) rows.push({ cells, source });
        } else visit(c);
      }
    };
    visit(el);
    if (rows.length) this.blocks.push({ kind: 'table', rows });
  }

  /** Inline content: text (whitespace as HTML collapses it), emphasis, footnotes. */
  inlines(el: XElement): Inline[] {
    const out: Inline[] = [];
    let at = 0;
    const add = (text: string, fmt: { bold?: boolean; italic?: boolean }): void => {
      const collapsed = text.replace(/\s+/g, ' ');
      if (collapsed === '') return;
      out.push({ kind: 'text', text: collapsed, at, ...(fmt.bold ? { bold: true } : {}), ...(fmt.italic ? { italic: true } : {}) });
      at += collapsed.length;
    };
    const visit = (nodes: XNode[], fmt: { bold?: boolean; italic?: boolean }, gap: boolean): void => {
      for (const n of nodes) {
        if (!isElement(n)) {
          add(n.text, fmt);
          continue;
        }
        if (n.name === 'noot') {
          out.push({ kind: 'note', key: this.note(n) });
          continue;
        }
        if (n.name === 'nadruk') {
          const type = n.attrs['type'] ?? '';
          visit(n.children, { bold: fmt.bold || type === 'vet', italic: fmt.italic || type === 'cur' }, false);
          continue;
        }
        if (n.name === 'li.nr' || n.name === 'noot.nr') continue;
        // Paragraphs grouped inside one block (al-groep in a list item, entry with several al): a space between.
        const block = n.name === 'al' || n.name === 'al-groep';
        if (block && gap && at > 0) add(' ', fmt);
        visit(n.children, fmt, block);
      }
    };
    visit(el.children, {}, true);
    // Leading and trailing spaces of the whole paragraph go.
    const first = out.find((i) => i.kind === 'text');
    if (first && first.kind === 'text') {
      const lead = first.text.length - first.text.trimStart().length;
      first.text = first.text.trimStart();
      if (lead) for (const i of out) if (i.kind === 'text' && i !== first) i.at -= lead;
    }
    return out;
  }

  private note(el: XElement): string {
    const key = `n${++this.noteCount}`;
    const body = childrenNamed(el, 'noot.al');
    const holder: XElement = { name: 'noot', attrs: {}, children: body.length ? body : el.children.filter((c) => !(isElement(c) && c.name === 'noot.nr')) };
    this.notes.set(key, { inlines: this.inlines(holder) });
    return key;
  }
}

function metadata(root: XElement): Map<string, string> {
  const meta = new Map<string, string>();
  const head = child(root, 'metadata');
  for (const m of head ? childrenNamed(head, 'meta') : []) {
    const name = m.attrs['name'] ?? '';
    const key = m.attrs['scheme'] ? `${name}|${m.attrs['scheme']}` : name;
    if (!meta.has(key)) meta.set(key, m.attrs['content'] ?? '');
    if (!meta.has(name)) meta.set(name, m.attrs['content'] ?? '');
  }
  return meta;
}

const SOORT: Record<string, string> = { brief: 'brief' };

export function readPublicationXml(text: string, shown: string): ImportedDocument {
  const root = parseXml(text, shown);
  if (!ROOTS.has(root.name)) throw new ImportError(`${shown}: geen officiële publicatie (hoofdelement <${root.name}>, verwacht <officiele-publicatie>); importeer een .docx of een publicatie-XML van officielebekendmakingen.nl`);
  const meta = metadata(root);
  const record = meta.get('OVERHEIDop.externMetadataRecord') ?? '';
  const identifier = meta.get('DC.identifier') || (/\b((?:kst|ah-tk|kv-tk|h-tk|ah-ek)-[\w-]+?)(?:\/|\.html|$)/.exec(record)?.[1] ?? '');
  const front: FrontMatterField[] = [];
  const body = root.name === 'officiele-publicatie' ? root.children.filter((c): c is XElement => isElement(c) && c.name !== 'metadata') : [root];

  const kop = body.map((b) => descendant(b, 'kamerstukkop')).find(Boolean);
  const jaarRegel = kop ? childrenNamed(kop, 'tekstregel').find((t) => t.attrs['inhoud'] === 'vergaderjaar') : undefined;
  const jaar = /(\d{4})\s*[-–/]\s*(\d{4})/.exec(meta.get('OVERHEIDop.vergaderjaar') || (jaarRegel ? textOf(jaarRegel) : ''));
  const dossierEl = body.map((b) => descendant(b, 'dossiernummer')).find(Boolean);
  const stuk = body.map((b) => descendant(b, 'stuk')).find(Boolean);
  const nr = stuk ? descendant(stuk, 'ondernummer') : undefined;
  // Without metadata (a publication fetched bare), the stuk's title says what it is: "MOTIE VAN …".
  const stukTitel = stuk && child(stuk, 'titel') ? textOf(child(stuk, 'titel')!).trim() : '';
  const titleType = /^(?:GEWIJZIGDE\s+)?(MOTIE|AMENDEMENT|BRIEF|VERSLAG|NOTA)\b/i.exec(stukTitel)?.[1];
  const type = meta.get('DC.type|OVERHEIDop.KamerstukTypen') || (titleType ? titleType[0]!.toUpperCase() + titleType.slice(1).toLowerCase() : '');
  const soort = identifier.startsWith('ah-') ? 'antwoorden-kamervragen' : identifier.startsWith('kv-') ? 'vragen' : SOORT[type.toLowerCase()];
  if (soort) front.push({ key: 'soort', value: soort });
  else if (type) front.push({ key: 'documentsoort', value: type });
  if (dossierEl && nr) front.push({ key: 'kamerstuk', value: `${dossierNumber(dossierEl)}, nr. ${textOf(nr).trim()}` });
  if (jaar) front.push({ key: 'vergaderjaar', value: `${jaar[1]}–${jaar[2]}` });
  const dossierTitel = body.map((b) => descendant(b, 'dossier')).find(Boolean);
  const onderwerp = meta.get('OVERHEIDop.documenttitel') || (dossierTitel && child(dossierTitel, 'titel') ? textOf(child(dossierTitel, 'titel')!).trim() : '');
  if (onderwerp) front.push({ key: 'onderwerp', value: onderwerp.replace(/\s+/g, ' ') });
  const datum = stuk ? descendant(stuk, 'datum')?.attrs['isodatum'] : undefined;
  if (datum && /^\d{4}-\d{2}-\d{2}$/.test(datum)) front.push({ key: 'datum', value: datum });
  if (identifier) front.push({ key: 'bron', value: `https://zoek.officielebekendmakingen.nl/${identifier}.html` });

  const walker = new Walker();
  if (stuk) {
    const title = child(stuk, 'titel');
    if (title) walker.heading(title, 1);
    walker.walk([stuk], 1);
  } else {
    walker.walk(body, 1);
  }
  return { frontMatter: front, blocks: fixTitle(walker.blocks), notes: walker.notes, warnings: [] };
}

/** "21 501-20", "36 410 XVI": the dossier number as the document prints it. */
function dossierNumber(el: XElement): string {
  const nr = child(el, 'dossiernr') ? textOf(child(el, 'dossiernr')!).trim() : textOf(el).trim();
  const raad = child(el, 'raadnr');
  const hoofdstuk = child(el, 'begrotingshoofdstuk');
  return `${nr}${raad ? '-' + textOf(raad).trim() : ''}${hoofdstuk ? ' ' + textOf(hoofdstuk).trim() : ''}`.replace(/\s+/g, ' ');
}

function fixTitle(blocks: Block[]): Block[] {
  const first = blocks[0];
  if (first?.kind === 'heading') return [{ ...first, level: 1 }, ...blocks.slice(1)];
  return blocks;
}
