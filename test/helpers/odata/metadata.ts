// The entity model of the real Gegevensmagazijn, read from its $metadata (test/fixtures/data-samples/
// tk-odata-metadata.xml), so the replay server can refuse what the real server would refuse.
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLES } from '../paths.js';

export const NAMESPACE = 'TK.DA.GGM.OData';

export interface NavProperty {
  /** Entity type name without namespace. */
  target: string;
  many: boolean;
}

export interface EntityType {
  name: string;
  /** Property name → EDM type ("Edm.Guid", "Edm.String", …). */
  props: Map<string, string>;
  navs: Map<string, NavProperty>;
}

export type Model = Map<string, EntityType>;

let cached: Model | null = null;

/** The model of the real API (parsed once per process). */
export function tkModel(): Model {
  cached ??= parseMetadata(fs.readFileSync(path.join(SAMPLES, 'tk-odata-metadata.xml'), 'utf8'));
  return cached;
}

export function parseMetadata(xml: string): Model {
  const model: Model = new Map();
  const sets = new Set([...xml.matchAll(/<EntitySet Name="(\w+)" EntityType="[\w.]+\.(\w+)"/g)].map((m) => m[2]!));
  for (const m of xml.matchAll(/<EntityType Name="(\w+)"[^>]*>([\s\S]*?)<\/EntityType>/g)) {
    const name = m[1]!;
    if (!sets.has(name)) continue; // helper types (HttpRequestMessage …) are not queryable
    const props = new Map<string, string>();
    for (const p of m[2]!.matchAll(/<Property Name="(\w+)" Type="([\w.]+)"/g)) props.set(p[1]!, p[2]!);
    const navs = new Map<string, NavProperty>();
    for (const n of m[2]!.matchAll(/<NavigationProperty Name="(\w+)" Type="([\w.()]+)"/g)) {
      const many = n[2]!.startsWith('Collection(');
      navs.set(n[1]!, { target: n[2]!.replace(/^Collection\(|\)$/g, '').split('.').pop()!, many });
    }
    model.set(name, { name, props, navs });
  }
  return model;
}

/** The message ODataLib gives for an unknown member (the real server answers 400 with it). */
export function unknownMember(type: string, member: string): string {
  return `Could not find a property named '${member}' on type '${NAMESPACE}.${type}'.`;
}
