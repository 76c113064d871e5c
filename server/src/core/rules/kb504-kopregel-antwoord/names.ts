// Lookups over the table of ministries and posts (ministeries.ts): which names were official on a
// day, where an out-of-date name's office went, abbreviations, and near misses of known names.
import { osaDistance } from '../kb501-voorpagina/misspelling.js';
import { MINISTRIES, NAME_VARIANTS, POSTS, POSTS_STYLED_VAN_FROM, type MinistryName, type PostName } from './ministeries.js';

const key = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

// The table by key, built once: every header line looks names up, so no scan per lookup.
const OFFICIAL_BY_KEY = new Map<string, string>();
for (const p of POSTS) OFFICIAL_BY_KEY.set(key(p.name), p.name);
for (const m of MINISTRIES) OFFICIAL_BY_KEY.set(key(m.name), m.name);
for (const [variant, official] of Object.entries(NAME_VARIANTS)) OFFICIAL_BY_KEY.set(key(variant), official);
const MINISTRIES_BY_KEY = groupBy(MINISTRIES, (m) => key(m.name));
const POSTS_BY_KEY = groupBy(POSTS, (p) => key(p.name));

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The table's spelling of a name (variants mapped), or the name itself. */
export function canonical(name: string): string {
  return OFFICIAL_BY_KEY.get(key(name)) ?? name.replace(/\s+/g, ' ').trim();
}

const within = (e: { from?: string; to?: string }, day: string): boolean => (!e.from || e.from <= day) && (!e.to || day <= e.to);

export function ministriesNamed(name: string): MinistryName[] {
  return MINISTRIES_BY_KEY.get(key(canonical(name))) ?? [];
}

export function postsNamed(name: string): PostName[] {
  return POSTS_BY_KEY.get(key(canonical(name))) ?? [];
}

export const isMinistryAt = (name: string, day: string): boolean => ministriesNamed(name).some((m) => within(m, day));
export const isPostAt = (name: string, day: string): boolean => postsNamed(name).some((p) => within(p, day));
/** A post styled "Minister van …" on that day (the Jetten cabinet's convention). */
export const isVanPostAt = (name: string, day: string): boolean => day >= POSTS_STYLED_VAN_FROM && isPostAt(name, day);

const byId = new Map(MINISTRIES.map((m) => [m.id, m]));

/**
 * The names in force on `day` that an out-of-date ministry name turned into (or came from), by
 * following the table's links; empty when the name is in force, is only a portfolio out of its
 * period, or leads nowhere.
 */
export function namesInForce(name: string, day: string): string[] {
  const entries = ministriesNamed(name);
  if (entries.length === 0 || entries.some((m) => within(m, day)) || entries.some((m) => m.portfolio)) return [];
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (m: MinistryName, forward: boolean): void => {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    if (within(m, day)) {
      found.add(m.name);
      return;
    }
    for (const id of (forward ? m.next : m.previous) ?? []) walk(byId.get(id)!, forward);
  };
  for (const m of entries) {
    if (m.to && m.to < day) for (const id of m.next ?? []) walk(byId.get(id)!, true);
    if (m.from && day < m.from) for (const id of m.previous ?? []) walk(byId.get(id)!, false);
  }
  return [...found];
}

/** Full names an abbreviation stands for (on `day` when given), or null when it is none. */
export function expandAbbreviation(text: string, day: string | null): string[] | null {
  const abbr = text.trim().toUpperCase();
  if (!/^[A-Z&]{2,6}$/.test(abbr)) return null;
  const all = [...MINISTRIES, ...POSTS].filter((e) => e.abbreviations?.includes(abbr));
  if (all.length === 0) return null;
  const current = day === null ? all : all.filter((e) => within(e, day));
  return [...new Set(current.map((e) => e.name))];
}

/** Every name in the table (ministries, posts, variants), for near-miss matching. */
const KNOWN = [...new Set([...MINISTRIES.map((m) => m.name), ...POSTS.map((p) => p.name), ...Object.keys(NAME_VARIANTS)])].map((name) => ({ name, key: key(name) }));

/**
 * The known name this unknown one most likely misspells: within one edit for a short name, two
 * for a long one, three for a very long one, and the only candidate at that distance. Case is
 * ignored (capitals are not judged), and so is a name that is known already.
 */
export function nearMiss(name: string): string | null {
  // Header lines repeat (a long file of answers names the same ministries again and again), and
  // the distance to every known name is the costliest step of the rule: remember the answers.
  const hit = nearMissMemo.get(name);
  if (hit !== undefined) return hit;
  const found = computeNearMiss(name);
  if (nearMissMemo.size >= 4096) nearMissMemo.clear();
  nearMissMemo.set(name, found);
  return found;
}

const nearMissMemo = new Map<string, string | null>();

function computeNearMiss(name: string): string | null {
  const k = key(name);
  if (k.length < 6 || k.length > 80 || OFFICIAL_BY_KEY.has(k)) return null;
  const bound = k.length <= 12 ? 1 : k.length <= 30 ? 2 : 3;
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const candidate of KNOWN) {
    if (Math.abs(candidate.key.length - k.length) > bound) continue; // each edit changes the length by one at most
    const d = osaDistance(k, candidate.key, bound);
    if (d > bound || d > bestDistance) continue;
    if (d < bestDistance) best = [];
    bestDistance = d;
    best.push(canonical(candidate.name));
  }
  const unique = [...new Set(best)];
  return unique.length === 1 ? unique[0]! : null;
}
