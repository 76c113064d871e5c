// `kamerbrief import`, and `lint`/`citations` of .docx and publication XML, through the shipped
// bundle (PRODUCT.md §9): the real publication XMLs, real ministry .docx files, and .docx files
// built here with real Word structure (footnotes, heading styles, lists, tables).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { FIXTURES, ROOT, SAMPLES } from '../helpers/paths.js';
import { buildDocx, type Body } from '../helpers/ooxml-writer.js';
import { kamerbrief } from '../helpers/kamerbrief-cli.js';

const BIN = path.join(ROOT, 'bin', 'kamerbrief.js');
const DOCX = path.join(FIXTURES, 'docx');


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-import-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: Uint8Array | string): string => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};

/** Kamerstuk references a publication holds, read independently of the importer: extrefs to kst documents and "Kamerstuk(ken) … nr." in the text. */
function referencesIn(xml: string): string[] {
  const found: string[] = [];
  for (const m of xml.matchAll(/<extref[^>]*doc="(kst-[^"]+)"/g)) found.push(m[1]!);
  const text = xml.replace(/<metadata>[\s\S]*?<\/metadata>/, '').replace(/<kamerstukkop>[\s\S]*?<\/stuk>|<dossier>[\s\S]*?<\/dossier>|<stuknr>[\s\S]*?<\/stuknr>/g, ' ').replace(/<[^>]+>/g, ' ');
  for (const m of text.matchAll(/Kamerstuk(?:ken)?(?: II \d{4}\/\d{2},)? (\d{2} ?\d{3})(?:[- ]([A-Z]+|\d+))?, nr\. (\d+)/g)) found.push(`kst-${m[1]!.replace(' ', '')}${m[2] ? '-' + m[2] : ''}-${m[3]}`);
  return [...new Set(found)].sort();
}

function citedKeys(json: string): string[] {
  const list = JSON.parse(json) as { citations: { url: string | null }[] }[];
  return [...new Set(list.flatMap((f) => f.citations.map((c) => /\/(kst-[^/.]+)\.html/.exec(c.url ?? '')?.[1] ?? `?${c.url}`)))].sort();
}

describe('import: official publication XML', () => {
  const samples = fs.readdirSync(SAMPLES).filter((f) => /^kst-.*\.xml$/.test(f));
  it('has real publications to test', () => assert.ok(samples.length >= 5));
  for (const name of samples) {
    it(`${name}: front matter from the metadata, citations equal the publication's references, no lint errors`, async () => {
      const src = path.join(SAMPLES, name);
      const r = await kamerbrief(['import', src]);
      assert.equal(r.code, 0, r.stderr);
      const xml = fs.readFileSync(src, 'utf8');
      const parser = new XMLParser({ ignoreAttributes: false });
      const stuk = parser.parse(xml)['officiele-publicatie'].kamerstuk;
      const nr = String(stuk.stuk.stuknr.ondernummer['#text'] ?? stuk.stuk.stuknr.ondernummer);
      assert.match(r.stdout, new RegExp(`^---\\n(?:.*\\n)*kamerstuk: ${String(stuk.dossier.dossiernummer.dossiernr)}.*, nr\\. ${nr}\\n`));
      const jaar = /Vergaderjaar (\d{4})-(\d{4})/.exec(xml)!;
      assert.match(r.stdout, /\ndocumentsoort: Motie\n/);
      assert.match(r.stdout, new RegExp(`\\nvergaderjaar: ${jaar[1]}–${jaar[2]}\\n`));
      // Every <al> paragraph's text is in the draft.
      for (const m of xml.matchAll(/<al>([^<]+)<\/al>/g)) assert.ok(r.stdout.includes(m[1]!.replace(/\s+/g, ' ').trim()), m[1]);
      const draft = file(name.replace('.xml', '.md'), r.stdout);
      const cit = await kamerbrief(['citations', '--format', 'json', draft]);
      assert.equal(cit.code, 0, cit.stderr);
      assert.deepEqual(citedKeys(cit.stdout), referencesIn(xml));
      const lint = await kamerbrief(['lint', '--no-cache', '--format', 'json', draft]);
      const errors = (JSON.parse(lint.stdout) as { messages: { severity: string }[] }[]).flatMap((f) => f.messages).filter((m) => m.severity === 'error');
      assert.deepEqual(errors, []);
      assert.equal(lint.code, 0);
    });
  }

  it('footnotes, headings, Vraag/Antwoord and references of a structured publication', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><metadata><meta name="DC.identifier" content="kst-29754-501"/><meta name="DC.type" scheme="OVERHEIDop.KamerstukTypen" content="Brief"/><meta name="OVERHEIDop.vergaderjaar" content="2018-2019"/></metadata>
<kamerstuk><dossier><dossiernummer><dossiernr>29 754</dossiernr></dossiernummer><titel>Terrorismebestrijding</titel></dossier><stuk><stuknr>Nr. <ondernummer>501</ondernummer></stuknr><titel>BRIEF VAN DE MINISTER</titel><algemeen><vrije-tekst><tekst>
<al>Hierbij informeer ik u over de motie<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>Kamerstuk <extref doc="kst-29754-482">29 754, nr. 482</extref>.</noot.al></noot> en de <nadruk type="vet">toezegging</nadruk>.</al>
<divisie><kop><nr>1.</nr><titel>Stand van zaken</titel></kop><al>Zie ook Kamerstuk 29 754, nr. 470.<noot id="n2" type="voet"><noot.nr>2</noot.nr><noot.al>Tweede noot.</noot.al></noot></al></divisie>
<vraag><nr>Vraag 1</nr><al>Kent u het bericht?</al></vraag><antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>
</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>`;
    const src = file('kst-29754-501.xml', xml);
    const r = await kamerbrief(['import', src]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^---\nsoort: brief\nkamerstuk: 29 754, nr\. 501\nvergaderjaar: 2018–2019\n/);
    assert.match(r.stdout, /\n# BRIEF VAN DE MINISTER\n/);
    assert.match(r.stdout, /\n## 1\. Stand van zaken\n/);
    assert.match(r.stdout, /de motie\[\^1\] en de \*\*toezegging\*\*\./);
    assert.match(r.stdout, /\n### Vraag 1\n\nKent u het bericht\?\n\n### Antwoord 1\n\nJa\.\n/);
    assert.match(r.stdout, /\n\[\^1\]: Kamerstuk 29 754, nr\. 482\.\n\[\^2\]: Tweede noot\.\n$/);
    const cit = await kamerbrief(['citations', '--format', 'json', src]);
    assert.deepEqual(citedKeys(cit.stdout), referencesIn(xml));
    assert.deepEqual(referencesIn(xml), ['kst-29754-470', 'kst-29754-482']);
  });
});

describe('import: .docx', () => {
  const letter: Body = [
    { runs: ['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'] },
    { runs: ['Postbus 20018'] },
    { table: [['Datum', '5 maart 2025'], ['Betreft', 'Voortgang moties'], ['Ons kenmerk', '1234567']] },
    { runs: ['Geachte voorzitter,'] },
    { style: 'Heading1', runs: ['Aanleiding'] },
    { runs: ['De motie', { footnote: 'Kamerstuk 29 754, nr. 482.' }, ' is ', { text: 'uitgevoerd', bold: true }, ' en ', { text: 'afgerond', italic: true }, '.', { footnote: 'Zie de brief van 1 maart.' }] },
    { style: 'Heading2', runs: ['Maatregelen'] },
    { list: 'bullet', runs: ['eerste punt'] },
    { list: 'bullet', runs: ['tweede punt'] },
    { list: 'number', runs: ['stap een'] },
    { list: 'number', runs: ['stap twee'] },
    { list: 'number', level: 1, runs: ['deelstap'] },
    { table: [['Maatregel', 'Stand'], ['Toezicht', 'gereed | deels']] },
    { runs: [{ text: 'Vraag 1', bold: true }] },
    { runs: ['Kent u het bericht?'] },
    { runs: [{ text: 'Antwoord 1', bold: true }] },
    { runs: ['Ja.'] },
    { runs: ['De Minister van Justitie en Veiligheid,'] },
    { runs: ['D.M. van Weel'] },
  ];

  it('keeps footnotes (number and text), headings, lists, tables and bold labels; the header block becomes front matter', async () => {
    const src = file('brief.docx', buildDocx(letter));
    const r = await kamerbrief(['import', src]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^---\naan: de Voorzitter van de Tweede Kamer der Staten-Generaal\ndatum: 2025-03-05\nonderwerp: Voortgang moties\nkenmerk: "1234567"\n---\n/);
    assert.doesNotMatch(r.stdout, /Postbus/);
    assert.match(r.stdout, /\n# Aanleiding\n/);
    assert.match(r.stdout, /\n## Maatregelen\n/);
    assert.match(r.stdout, /\nDe motie\[\^1\] is \*\*uitgevoerd\*\* en \*afgerond\*\.\[\^2\]\n/);
    assert.match(r.stdout, /\n- eerste punt\n- tweede punt\n/);
    assert.match(r.stdout, /\n1\. stap een\n2\. stap twee\n {4}1\. deelstap\n/);
    assert.match(r.stdout, /\n\| Maatregel \| Stand \|\n\| --- \| --- \|\n\| Toezicht \| gereed \\\| deels \|\n/);
    assert.match(r.stdout, /\n\*\*Vraag 1\*\*\n\nKent u het bericht\?\n\n\*\*Antwoord 1\*\*\n\nJa\.\n/);
    assert.match(r.stdout, /\nDe Minister van Justitie en Veiligheid,\n\nD\.M\. van Weel\n/);
    assert.match(r.stdout, /\n\[\^1\]: Kamerstuk 29 754, nr\. 482\.\n\[\^2\]: Zie de brief van 1 maart\.\n$/);
    assert.equal(r.stderr, '');
  });

  it('-o writes the draft (atomically) and refuses to overwrite the input', async () => {
    const src = file('uit.docx', buildDocx(letter));
    const out = path.join(tmp, 'sub', 'concept.md');
    const r = await kamerbrief(['import', src, '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(fs.readFileSync(out, 'utf8'), /\[\^2\]: Zie de brief/);
    const before = fs.readFileSync(src);
    const self = await kamerbrief(['import', src, '-o', src]);
    assert.equal(self.code, 2);
    assert.match(self.stderr, /invoerbestand zelf/);
    assert.deepEqual(fs.readFileSync(src), before);
  });

  it('reports images, text boxes, comments and tracked changes on stderr in Dutch, and does not paste them in', async () => {
    const src = file('wijzigingen.docx', buildDocx([{ runs: ['Tekst ', { image: true }, { comment: 'Dit nog navragen bij DGPenV' }, { deleted: 'WEGGEHAALD ' }, { inserted: 'toegevoegd' }, { textBox: 'Tekst in een vak' }, '.'] }]));
    const r = await kamerbrief(['import', src]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Tekst toegevoegd.\n');
    assert.match(r.stderr, /1 afbeelding niet overgenomen/);
    assert.match(r.stderr, /tekstvak niet overgenomen: "Tekst in een vak"/);
    assert.match(r.stderr, /1 opmerking niet overgenomen: Collega: "Dit nog navragen bij DGPenV"/);
    assert.match(r.stderr, /bijgehouden wijzigingen: 1 invoegingen overgenomen, \d+ verwijderingen weggelaten/);
  });

  it('a real ministry letter: header → front matter, Word footnotes → [^n] with their text, bold Vraag labels', async () => {
    const r = await kamerbrief(['import', path.join(DOCX, 'kamervragen-lahlah-chakor-hoofddoek-boa.docx')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^---\naan: de Voorzitter van de Tweede Kamer der Staten-Generaal\ndatum: 2024-05-16\nonderwerp: Beantwoording Kamervragen van de leden Lahlah en Chakor/);
    assert.match(r.stdout, /\nkenmerk: "5401166"\n/);
    assert.match(r.stdout, /\n\[\^1\]: Kamerstukken II 2021\/22, 29 628, nr\. 1099\.\n/);
    assert.match(r.stdout, /\n\[\^2\]: Zie hiervoor onder andere de moties van 14 december 2021 van de leden Michon-Derkzen en Van der Plas .*\(Kamerstuk 36410-VI-65\)\.\n$/);
    assert.equal(r.stdout.match(/\[\^1\]/g)?.length, 2);
    assert.match(r.stdout, /\n\*\*Vraag 1\*\*\n/);
    assert.doesNotMatch(r.stdout, /^\\$|^\|  \|$/m);
    assert.match(r.stdout, /\nD\. Yeşilgöz-Zegerius\n/);
    assert.match(r.stderr, /briefhoofd: niet overgenomen/);
    const other = await kamerbrief(['import', path.join(DOCX, 'kamervragen-mutluer-politiebureau-wolvega.docx')]);
    assert.equal(other.code, 0, other.stderr);
    assert.match(other.stdout, /\n\*\*Vraag 8\*\*\n/);
    assert.match(other.stdout, /\n\*\*Antwoord op vraag 3 en 8\*\*\n/);
  });
});

describe('lint and citations of a .docx', () => {
  it('reports a slip with its paragraph and offset (JSON says "position": "paragraaf")', async () => {
    const src = file('slip.docx', buildDocx([{ runs: ['Geachte voorzitter,'] }, { runs: ['Eerste alinea.'] }, { runs: ['Zie ', { text: 'vooral', bold: true }, ' Kamerstuk 29754, nr. 482 voor de motie.'] }]));
    const r = await kamerbrief(['lint', '--no-cache', '--format', 'json', src]);
    assert.equal(r.code, 1, r.stderr);
    const [result] = JSON.parse(r.stdout) as { file: string; messages: Record<string, unknown>[] }[];
    const slip = result!.messages.find((m) => m['ruleId'] === 'KB101');
    assert.ok(slip, JSON.stringify(result));
    assert.equal(slip['position'], 'paragraaf');
    assert.equal(slip['paragraph'], 3);
    assert.equal(slip['offset'], 'Zie vooral '.length);
    assert.equal(slip['line'], 5);
    const stylish = await kamerbrief(['lint', '--no-cache', src]);
    assert.match(stylish.stdout, /\(paragraaf 3, positie 11\)/);
  });

  it('a slip in a footnote is reported with the footnote number', async () => {
    const src = file('noot.docx', buildDocx([{ runs: ['Tekst.', { footnote: 'Zie Kamerstuk 29754, nr. 482.' }] }]));
    const r = await kamerbrief(['lint', '--no-cache', '--format', 'json', src]);
    const slip = (JSON.parse(r.stdout) as { messages: Record<string, unknown>[] }[])[0]!.messages.find((m) => m['ruleId'] === 'KB101');
    assert.ok(slip, r.stdout);
    assert.equal(slip['position'], 'voetnoot');
    assert.equal(slip['footnote'], 1);
    assert.equal(slip['offset'], 'Zie '.length);
  });

  it('citations of a .docx list the citations with their paragraph', async () => {
    const src = file('cit.docx', buildDocx([{ runs: ['Eerst.'] }, { runs: ['Zie Kamerstuk 29 754, nr. 482.'] }]));
    const r = await kamerbrief(['citations', '--format', 'json', src]);
    assert.equal(r.code, 0, r.stderr);
    const [c] = (JSON.parse(r.stdout) as { citations: Record<string, unknown>[] }[])[0]!.citations;
    assert.equal(c!['canonical'], 'Kamerstuk 29 754, nr. 482');
    assert.equal(c!['paragraph'], 2);
    assert.equal(c!['offset'], 4);
  });
});

describe('import: bad input', () => {
  const bad = async (name: string, content: Uint8Array | string, message: RegExp): Promise<void> => {
    const src = file(name, content);
    for (const args of [['import', src], ['lint', '--no-cache', src]]) {
      const r = await kamerbrief(args);
      assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /interne fout|at .*\.js:\d+/);
    }
  };
  it('not a zip', () => bad('kapot.docx', Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x80]), /geen Word-bestand/));
  it('a damaged zip', () => bad('half.docx', buildDocx([{ runs: ['x'] }]).slice(0, 60), /beschadigd zip-bestand|zonder word\/document\.xml/));
  it('a zip without word/document.xml', () => bad('leeg.docx', zipSync({ 'iets.txt': strToU8('hallo') }), /zonder word\/document\.xml/));
  it('document.xml that is not XML', () => bad('geenxml.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }), /geen geldige XML/));
  it('XML that is not a publication', () => bad('ander.xml', '<?xml version="1.0"?><rss><channel/></rss>', /geen officiële publicatie/));
  it('a huge file is refused before it is read', async () => {
    const src = path.join(tmp, 'groot.docx');
    const fd = fs.openSync(src, 'w');
    fs.ftruncateSync(fd, 60 * 1024 * 1024);
    fs.closeSync(fd);
    const r = await kamerbrief(['import', src]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /te groot om te importeren/);
  });
  it('no such file', async () => {
    const r = await kamerbrief(['import', path.join(tmp, 'bestaatniet.docx')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bestand bestaat niet/);
  });
});

describe('import: loaded only when needed', () => {
  // A module hook lists every file of dist/ the process loads; linting Markdown must not load
  // the chunk that holds the importer (its XML parser and unzip), `import` must.
  const loaded = (args: string[]): string[] => {
    const hook = file('hook.mjs', `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent("export async function load(url, context, next) { if (url.includes('/dist/')) process.stderr.write('LOADED ' + url + '\\\\n'); return next(url, context); }"));\n`);
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
    return [...r.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => path.basename(new URL(m[1]!).pathname));
  };
  const importerChunk = (): string => fs.readdirSync(path.join(ROOT, 'dist')).find((f) => f.endsWith('.js') && fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8').includes('function readPublicationXml'))!;

  it('lint of a Markdown draft does not load the importer; import does', () => {
    const chunk = importerChunk();
    assert.ok(chunk);
    const md = file('los.md', 'Zie Kamerstuk 29754, nr. 482 voor de motie.\n');
    const forLint = loaded(['lint', '--no-cache', md]);
    assert.ok(forLint.includes('cli.js') && forLint.length > 3, forLint.join(' '));
    assert.ok(!forLint.includes(chunk), forLint.join(' '));
    assert.ok(loaded(['import', path.join(SAMPLES, 'kst-34104-439.xml')]).includes(chunk));
  });
});
