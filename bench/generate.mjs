// A deterministic corpus of synthetic drafts for the benchmarks: letters and answers to
// Kamervragen shaped like the real ones (front matter, motie and toezegging sections, prose,
// inline citations, footnotes, lists, the odd code block, a slip now and then, a signature).
import fs from 'node:fs';
import path from 'node:path';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Becker', 'Kuiken', 'Azarkan', 'Wiersma', 'Van Dijk', 'Segers', 'Klaver', 'Omtzigt', 'Heerema', 'Bromet', 'Kröger', 'Taverne', 'Van der Molen', 'Ziengs'];
const PARTIES = ['VVD', 'CDA', 'D66', 'SP', 'PvdA', 'GroenLinks', 'PVV', 'ChristenUnie', 'DENK', 'SGP'];
const TOPICS = ['de aanpak van radicalisering', 'de evaluatie van contraterrorisme-maatregelen', 'een landelijk gevalideerde aanpak', 'ondersteuning van gemeenten', 'de positie van jongerenwerkers', 'informatie-uitwisseling tussen ketenpartners', 'de kwaliteit van beleidsevaluaties'];
const SENTENCES = [
  'Gemeenten hebben een regierol op de integrale aanpak op lokaal niveau.',
  'Doel van het Rijksbeleid is gemeenten in staat te stellen om zelfstandig nieuwe ontwikkelingen te detecteren.',
  'Niet elke gemeente hoeft een apart en grootschalig beleid te voeren ten aanzien van radicalisering.',
  'Er wordt jaarlijks gemonitord of de versterkingsgelden doelmatig besteed worden.',
  'Het kabinet streeft ernaar de effectiviteit van het preventiebeleid verder te vergroten.',
  'Daarnaast wordt bekeken hoe gemeenten gerichte ondersteuning kunnen krijgen en hoe kennis onderling kan worden gedeeld.',
  'Verbetering van de samenwerking tussen het jeugd- en onderwijsdomein blijft een belangrijk punt van aandacht.',
  'De inspectie ziet daar zo nodig op toe en spreekt scholen aan die in gebreke blijven.',
  'Deze handreiking biedt concrete handvatten over het opzetten en onderhouden van netwerken op lokaal niveau.',
];
const DOSSIERS = [[29754, null], [29614, null], [21501, '02'], [36410, 'VIII'], [22112, null], [31865, null], [35165, null]];
const SLIPS = [
  (d, n) => `Kamerstuk ${d}, nr. ${n}`,
  (d, n) => `Kamerstuk ${sp(d)}, nr.${n}`,
  (d, n) => `Kamerstuk ${sp(d)} nr. ${n}`,
  () => 'Kamerstuk 36 410-VIII, nr. 5',
];

function sp(d) {
  return `${Math.floor(d / 1000)} ${String(d % 1000).padStart(3, '0')}`;
}

function makeWriter(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const citation = () => {
    const [d, t] = pick(DOSSIERS);
    const n = 1 + Math.floor(rand() * 3000);
    if (rand() < 0.05) return pick(SLIPS)(d, n);
    return `Kamerstuk ${sp(d)}${t ? (/^\d/.test(t) ? `-${t}` : ` ${t}`) : ''}, nr. ${n}`;
  };
  const prose = (k) => Array.from({ length: k }, () => pick(SENTENCES)).join(' ');
  return { pick, citation, prose };
}

/** One draft of about `bytes` characters. */
export function draft(rand, bytes, answers) {
  const w = makeWriter(rand);
  const notes = [];
  const note = (text) => {
    notes.push(text);
    return `[^${notes.length}]`;
  };
  const out = [];
  // Length so far, kept up to date by push (joining every round would be quadratic on 1 MB).
  let size = 0;
  const push = out.push.bind(out);
  out.push = (...xs) => {
    for (const x of xs) size += x.length + 1;
    return push(...xs);
  };
  if (answers) {
    const asker = w.pick(NAMES);
    out.push('---', 'soort: antwoorden-kamervragen', 'aan: Tweede Kamer', `onderwerp: ${w.pick(TOPICS)}`, `vragensteller: ${asker} (${w.pick(PARTIES)})`, 'ingezonden: 2019-06-27', 'ontvangen: 2019-07-10', '---', '');
    out.push(`Vragen van het lid ${asker} aan de Minister van Sociale Zaken en Werkgelegenheid over ${w.pick(TOPICS)} (ingezonden 27 juni 2019).`, '');
    for (let q = 1; size < bytes; q++) {
      out.push(`### Vraag ${q}`, '', `${w.prose(2)} Kunt u aangeven hoe dit zich verhoudt tot de motie ${w.pick(NAMES)} c.s.?${note(`Motie ${w.pick(NAMES)} c.s., ${w.citation()}.`)}`, '', `### Antwoord ${q}`, '', w.prose(3 + Math.floor(rand() * 4)), '');
      if (rand() < 0.3) out.push(`Zie ook de brief van 26 april 2018 (${w.citation()}).`, '');
    }
  } else {
    out.push('---', 'soort: brief', 'aan: Tweede Kamer', `onderwerp: Stand van zaken ${w.pick(TOPICS)}`, 'vergaderjaar: 2018–2019', '---', '');
    out.push(`Bijgaand bied ik u de stand van zaken aan over ${w.pick(TOPICS)} (${w.citation()}).`, '');
    while (size < bytes) {
      const r = rand();
      if (r < 0.35) {
        const name = w.pick(NAMES);
        out.push(`## Motie van het lid ${name} c.s. over ${w.pick(TOPICS)}`, '');
        out.push(`Naar aanleiding van de motie van het lid ${name} (${w.pick(PARTIES)})${note(`${w.citation()}.`)}, waarin de regering verzocht wordt ${w.pick(TOPICS)} te verbeteren, informeer ik u graag als volgt. ${w.prose(2)}`, '');
      } else if (r < 0.55) {
        out.push(`## Toezegging – ${w.pick(TOPICS)}`, '', `De Minister van SZW heeft tijdens het AO preventie van 20 juni 2018 toegezegd in te gaan op ${w.pick(TOPICS)}. ${w.prose(2)}`, '');
      } else if (r < 0.62) {
        out.push(`- ${w.prose(1)}`, `- ${w.prose(1)}`, `- ${w.prose(1)}`, '');
      } else if (r < 0.64) {
        out.push('```', 'Kamerstuk 29754, nr. 1 in code telt niet', '```', '');
      }
      out.push(w.prose(3 + Math.floor(rand() * 5)), '');
      if (rand() < 0.4) out.push(`${w.prose(2)} Zie hierover ook de brief${note(`${w.citation()}.`)}.`, '');
    }
    out.push('De Minister van Justitie en Veiligheid,', '', 'F.B.J. Grapperhaus', '');
  }
  notes.forEach((text, i) => out.push(`[^${i + 1}]: ${text}`));
  return out.join('\n') + '\n';
}

export function generateCorpus(dir, { letters = 1000, letterBytes = 10_000, big = 20, bigBytes = 1_000_000, seed = 1 } = {}) {
  const rand = mulberry32(seed);
  fs.mkdirSync(path.join(dir, 'small'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'big'), { recursive: true });
  for (let i = 1; i <= letters; i++) {
    fs.writeFileSync(path.join(dir, 'small', `brief-${String(i).padStart(4, '0')}.md`), draft(rand, letterBytes, rand() < 0.3));
  }
  for (let i = 1; i <= big; i++) {
    fs.writeFileSync(path.join(dir, 'big', `groot-${String(i).padStart(2, '0')}.md`), draft(rand, bigBytes, false));
  }
}

/** One hostile line for the engine timing: glued citations, digit runs, footnote openers. */
export function adversarialLine(n = 200_000) {
  const parts = ['Kamerstuk 29 754, nr. 4', '1 2 3 4 5 6 7 8 9 ', '[^', '(', '2019/', 'Kamerstukken II 2018/20, 29754, nr.', 'vergaderjaar 2018 – '];
  let s = '';
  for (let i = 0; s.length < n; i++) s += parts[i % parts.length];
  return s.slice(0, n);
}
