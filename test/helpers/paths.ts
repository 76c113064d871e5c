// Paths the tests use. Tests run with the project root as cwd; ../shared is beside the clone.
import path from 'node:path';

export const ROOT = process.cwd();
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const CASES_TSV = path.join(SHARED, 'spec', 'citation-cases.tsv');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const RULES_SRC = path.join(ROOT, 'server', 'src', 'core', 'rules');
