// Paths the tests use. Tests run with the project root as cwd. Everything lives inside the
// repository: material from the shared folder is copied into test/fixtures (see COPIED.md there).
import path from 'node:path';

export const ROOT = process.cwd();
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const CORPUS = path.join(FIXTURES, 'corpus');
export const CASES_TSV = path.join(FIXTURES, 'spec', 'citation-cases.tsv');
/** The project's own rows for the non-house forms of citations.md §3.10 (spec/README.md). */
export const CASES_310_TSV = path.join(FIXTURES, 'spec', 'citation-cases-3.10.tsv');
export const SAMPLES = path.join(FIXTURES, 'data-samples');
export const RULES_SRC = path.join(ROOT, 'server', 'src', 'core', 'rules');
