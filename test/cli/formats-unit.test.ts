// The CI formats on given results, exactly: JUnit suites and cases, GitHub commands, GitLab
// issues, SARIF levels, regions and links, and fingerprints that ignore where a problem is.
import assert from 'node:assert/strict';
import { formatCodeQuality } from '../../server/src/cli/formats/codequality.js';
import { fingerprints } from '../../server/src/cli/formats/fingerprint.js';
import { formatGithub } from '../../server/src/cli/formats/github.js';
import { formatCi } from '../../server/src/cli/formats/index.js';
import { formatJunit } from '../../server/src/cli/formats/junit.js';
import { RULE_INDEX, RULES } from '../../server/src/cli/formats/rule-info.js';
import { formatCitationReport } from '../../server/src/cli/formats/citation-report.js';
import type { FileResult, OutputCitation, OutputMessage } from '../../server/src/cli/output.js';

const msg = (over: Partial<OutputMessage>): OutputMessage => ({
  ruleId: 'KB101', rule: 'kamerstuk-notatie', severity: 'error', line: 1, column: 5, endLine: 1, endColumn: 9, message: 'Melding', certainty: 'definite', ...over,
});
const CTX = { version: '9.9.9', texts: new Map<string, string>() };

describe('CLI formats on given results', () => {
  it('junit: a passing case per clean file, a failure per rule with errors or warnings, infos as output', () => {
    const xml = formatJunit([
      { file: 'schoon.md', messages: [] },
      {
        file: 'a&b.md',
        messages: [
          msg({}),
          msg({ line: 2, message: 'Nog "een" <fout>' }),
          msg({ ruleId: 'KB206', rule: 'noot-plaats', severity: 'info', line: 3, column: 1, message: 'Ter info\u0000' }),
          msg({ ruleId: 'KB202', rule: 'voetnoot', severity: 'warning', line: 4, column: 2, message: "Let op 'dit'" }),
        ],
      },
    ]);
    assert.equal(
      xml,
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="kamerbrief" tests="4" failures="2" errors="0">\n' +
        '  <testsuite name="schoon.md" tests="1" failures="0" errors="0" skipped="0">\n' +
        '    <testcase classname="schoon.md" name="kamerbrief"/>\n' +
        '  </testsuite>\n' +
        '  <testsuite name="a&amp;b.md" tests="3" failures="2" errors="0" skipped="0">\n' +
        '    <testcase classname="a&amp;b.md" name="KB101 kamerstuk-notatie">\n' +
        '      <failure type="error" message="2 problemen">a&amp;b.md:1:5 error Melding\na&amp;b.md:2:5 error Nog &quot;een&quot; &lt;fout&gt;</failure>\n' +
        '    </testcase>\n' +
        '    <testcase classname="a&amp;b.md" name="KB206 noot-plaats">\n' +
        '      <system-out>a&amp;b.md:3:1 info Ter info</system-out>\n' +
        '    </testcase>\n' +
        '    <testcase classname="a&amp;b.md" name="KB202 voetnoot">\n' +
        '      <failure type="warning" message="1 probleem">a&amp;b.md:4:2 warning Let op &apos;dit&apos;</failure>\n' +
        '    </testcase>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    );
  });

  it('github: error, warning and notice commands with place, title and escaped text; nothing for no messages', () => {
    const out = formatGithub([
      { file: 'map/a,b.md', messages: [msg({ message: '50%\nklaar' }), msg({ severity: 'warning', line: 2, column: 3, endLine: 4, endColumn: 6 }), msg({ severity: 'info' })] },
    ]);
    assert.equal(
      out,
      '::error file=map/a%2Cb.md,line=1,col=5,endLine=1,endColumn=9,title=KB101 kamerstuk-notatie::50%25%0Aklaar\n' +
        '::warning file=map/a%2Cb.md,line=2,col=3,endLine=4,endColumn=6,title=KB101 kamerstuk-notatie::Melding\n' +
        '::notice file=map/a%2Cb.md,line=1,col=5,endLine=1,endColumn=9,title=KB101 kamerstuk-notatie::Melding\n',
    );
    assert.equal(formatGithub([{ file: 'a.md', messages: [] }]), '');
  });

  it('codequality: one issue per message with GitLab severities, lines and a fingerprint', () => {
    const issues = JSON.parse(formatCodeQuality([{ file: 'a.md', messages: [msg({}), msg({ severity: 'warning', line: 2, endLine: 3 }), msg({ severity: 'info' })] }])) as Record<string, unknown>[];
    assert.deepEqual(issues[0], {
      type: 'issue', check_name: 'KB101 kamerstuk-notatie', description: 'Melding', categories: ['Style'], severity: 'major',
      fingerprint: fingerprints('a.md', [msg({})])[0], location: { path: 'a.md', lines: { begin: 1, end: 1 } },
    });
    assert.deepEqual(issues.map((i) => i['severity']), ['major', 'minor', 'info']);
    assert.deepEqual(issues[1]!['location'], { path: 'a.md', lines: { begin: 2, end: 3 } });
    assert.equal(new Set(issues.map((i) => i['fingerprint'])).size, 3);
    assert.equal(formatCodeQuality([]), '[]\n');
  });

  it('fingerprints: the same for a moved problem and for other spacing; counted per equal problem; 32 hex digits', () => {
    const here = fingerprints('a.md', [msg({ line: 1 }), msg({ line: 7 })]);
    const moved = fingerprints('a.md', [msg({ line: 20, column: 1, message: '  Melding \n' }), msg({ line: 30 })]);
    assert.deepEqual(moved, here);
    assert.notEqual(here[0], here[1], 'the second equal problem is another one');
    assert.match(here[0]!, /^[0-9a-f]{32}$/);
    assert.notDeepEqual(fingerprints('b.md', [msg({})]), fingerprints('a.md', [msg({})]));
    assert.notDeepEqual(fingerprints('a.md', [msg({ ruleId: 'KB102' })]), fingerprints('a.md', [msg({})]));
    assert.notDeepEqual(fingerprints('a.md', [msg({ message: 'Ander' })]), fingerprints('a.md', [msg({})]));
    assert.deepEqual(fingerprints('a.md', [msg({ message: 'Melding' })]), fingerprints('a.md', [msg({ message: 'Melding\t' })]));
    assert.notDeepEqual(fingerprints('a.md', [msg({ message: 'Mel ding' })]), fingerprints('a.md', [msg({ message: 'Melding' })]));
  });

  it('sarif: levels, rule index, the driver, file URIs and a fix region over lines', () => {
    const text = 'Eerste regel.\nZie Kamerstuk 29754, nr. 482.\n';
    const start = text.indexOf('Kamerstuk');
    const results: FileResult[] = [
      {
        file: 'map met spatie/a#1.md',
        messages: [
          msg({ line: 2, column: 5, fix: { range: [start, start + 'Kamerstuk 29754'.length], text: 'Kamerstuk 29 754' } }),
          msg({ ruleId: 'KB202', rule: 'voetnoot', severity: 'warning' }),
          msg({ ruleId: 'KB206', rule: 'noot-plaats', severity: 'info' }),
          msg({ ruleId: 'KB999', rule: 'onbekend' }),
        ],
      },
      { file: 'b.md', messages: [msg({ fix: { range: [0, 1], text: 'x' } })] },
    ];
    const sarif = JSON.parse(formatCi('sarif', results, { version: '9.9.9', texts: new Map([['map met spatie/a#1.md', text]]) })) as {
      version: string;
      runs: { tool: { driver: Record<string, unknown> & { rules: { id: string; defaultConfiguration: { level: string }; helpUri: string; help: { text: string } }[] } }; results: Record<string, unknown>[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0]!;
    assert.equal(run.tool.driver['name'], 'Kamerbrief');
    assert.equal(run.tool.driver['version'], '9.9.9');
    assert.equal(run.tool.driver['semanticVersion'], '9.9.9');
    assert.equal(run.tool.driver.rules.length, RULES.length);
    assert.equal(run.tool.driver.rules[0]!.id, 'KB000');
    const kb101 = run.tool.driver.rules[RULE_INDEX.get('KB101')!]!;
    assert.equal(kb101.id, 'KB101');
    assert.equal(kb101.defaultConfiguration.level, 'error');
    assert.ok(kb101.help.text.endsWith(`Zie ${kb101.helpUri}`));
    assert.deepEqual(run.results.map((r) => r['level']), ['error', 'warning', 'note', 'error', 'error']);
    assert.deepEqual(run.results.map((r) => r['ruleIndex']), [RULE_INDEX.get('KB101'), RULE_INDEX.get('KB202'), RULE_INDEX.get('KB206'), 0, RULE_INDEX.get('KB101')]);
    const first = run.results[0] as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; fixes: { artifactChanges: { replacements: { deletedRegion: unknown; insertedContent: { text: string } }[] }[] }[] };
    assert.equal(first.locations[0]!.physicalLocation.artifactLocation.uri, 'map%20met%20spatie/a%231.md');
    assert.deepEqual(first.fixes[0]!.artifactChanges[0]!.replacements[0], {
      deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 20 },
      insertedContent: { text: 'Kamerstuk 29 754' },
    });
    assert.equal(run.results[4]!['fixes'], undefined, 'no text for b.md: no fix region');
    assert.deepEqual(run.results[0]!['properties'], { certainty: 'definite', rule: 'kamerstuk-notatie' });
  });

  it('formatCi picks the format by name', () => {
    const results: FileResult[] = [{ file: 'a.md', messages: [msg({})] }];
    assert.equal(formatCi('junit', results, CTX), formatJunit(results));
    assert.equal(formatCi('github', results, CTX), formatGithub(results));
    assert.equal(formatCi('codequality', results, CTX), formatCodeQuality(results));
  });
});

describe('CLI citation report (Markdown)', () => {
  const cit = (over: Partial<OutputCitation>): OutputCitation => ({
    kind: 'kamerstuk', text: 'Kamerstuk 29 754, nr. 482', line: 3, column: 1, endLine: 3, endColumn: 26, valid: true, canonical: 'Kamerstuk 29 754, nr. 482',
    dossier: [29754], toevoeging: null, nrs: ['482'], url: 'https://example.invalid/kst-29754-482.html', resolved: null, ...over,
  });

  it('a row per citation: kind in words, text escaped for a table, ✓ or the standard form, link, what the data knows', () => {
    const report = formatCitationReport([
      {
        file: 'map/brief_1.md',
        citations: [
          cit({}),
          cit({ kind: 'handelingen', text: 'Handelingen II | *2018*', valid: false, canonical: 'Handelingen II 2018/19, nr. 5', url: null, line: 7 }),
          cit({ kind: 'document-nummer', canonical: null, resolved: [null] }),
          cit({
            resolved: [
              { key: '29754:482', soort: 'Motie', titel: 'Titel', onderwerp: null, datum: '2019-01-02', indieners: ['A', 'B'], uitkomst: 'aangenomen', vervangenDoor: ['29754:490'] },
              { key: '29754:483', soort: 'Brief', titel: 'Alleen titel', onderwerp: 'Onderwerp', datum: null, indieners: [], uitkomst: null, vervangenDoor: [] },
            ],
          }),
        ],
      },
    ]);
    assert.equal(
      report,
      '# Citatieoverzicht\n\n' +
        '4 citaten in 1 bestand; 1 wijken af van de huisstijl.\n\n' +
        '## map/brief\\_1.md\n\n' +
        '| regel | soort | zoals geschreven | standaardnotatie | link | wat de gegevens weten |\n' +
        '|---:|---|---|---|---|---|\n' +
        '| 3 | Kamerstuk | Kamerstuk 29 754, nr. 482 | ✓ | [openen](https://example.invalid/kst-29754-482.html) | geen gegevens |\n' +
        '| 7 | Handelingen | Handelingen II \\| \\*2018\\* | Handelingen II 2018/19, nr. 5 |  | geen gegevens |\n' +
        '| 3 | Documentnummer | Kamerstuk 29 754, nr. 482 |  | [openen](https://example.invalid/kst-29754-482.html) | niet in de gegevens |\n' +
        '| 3 | Kamerstuk | Kamerstuk 29 754, nr. 482 | ✓ | [openen](https://example.invalid/kst-29754-482.html) | Motie; Titel; 2019-01-02; indieners: A, B; afloop: aangenomen; gewijzigd door 29754:490 / Brief; Onderwerp |\n',
    );
  });

  it('every kind has its Dutch name', () => {
    const kinds: [OutputCitation['kind'], string][] = [
      ['kamerstukken', 'Kamerstukken'], ['kamerstukken-leidraad', 'Kamerstukken (Leidraad)'], ['aanhangsel', 'Aanhangsel'], ['kamervragen-nummer', 'Kamervragen'],
      ['staatsblad', 'Staatsblad'], ['staatscourant', 'Staatscourant'], ['tractatenblad', 'Tractatenblad'],
    ];
    const report = formatCitationReport([{ file: 'a.md', citations: kinds.map(([kind]) => cit({ kind })) }]);
    for (const [, name] of kinds) assert.ok(report.includes(`| 3 | ${name} |`), name);
  });
});
