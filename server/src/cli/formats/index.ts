// The lint output formats by name.
import type { FileResult } from '../output.js';
import { formatCodeQuality } from './codequality.js';
import { formatGithub } from './github.js';
import { formatJunit } from './junit.js';
import { formatSarif, type SarifContext } from './sarif.js';


export function formatCi(format: 'sarif' | 'junit' | 'github' | 'codequality', results: FileResult[], sarif: SarifContext): string {
  if (format === 'sarif') return formatSarif(results, sarif);
  if (format === 'junit') return formatJunit(results);
  if (format === 'github') return formatGithub(results);
  return formatCodeQuality(results);
}
