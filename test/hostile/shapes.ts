// The generated hostile shapes of bench/shapes.mjs, loaded at run time (the compiled tests live
// in out/, the generator stays one plain module shared with `npm run bench`).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/paths.js';

export type Shapes = typeof import('../../bench/shapes.mjs');

let loaded: Shapes | null = null;

export async function loadShapes(): Promise<Shapes> {
  loaded ??= (await import(pathToFileURL(path.join(ROOT, 'bench', 'shapes.mjs')).href)) as Shapes;
  return loaded;
}

/** Messages per rule id. */
export function countByRule(messages: { ruleId: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of messages) out[m.ruleId] = (out[m.ruleId] ?? 0) + 1;
  return out;
}
