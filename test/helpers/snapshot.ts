// The fixture snapshot (test/fixtures/snapshot, built from real payloads) for tests of data rules.
import path from 'node:path';
import { openSnapshot } from '../../server/src/data/store.js';
import type { Snapshot } from '../../server/src/data/types.js';
import { FIXTURES } from './paths.js';

let cached: Snapshot | null = null;

export function fixtureSnapshot(): Snapshot {
  if (!cached) {
    const opened = openSnapshot(path.join(FIXTURES, 'snapshot'));
    if (opened.status !== 'ok') throw new Error(`fixture snapshot: ${opened.status === 'problem' ? opened.message : 'missing'}`);
    cached = opened.snapshot;
  }
  return cached;
}
