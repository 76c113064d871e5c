// The records an honest replay server answers from: entity rows per set plus the links between them.
// Rows added with their navigations expanded (as real payloads are) are taken apart into their own
// sets and links, so a query can expand them again in any shape $metadata allows.
import type { Row } from './filter.js';
import type { Model } from './metadata.js';

export class ODataWorld {
  private readonly rows = new Map<string, Map<string, Row>>();
  /** "Type|Id|Nav" → linked Ids. */
  private readonly links = new Map<string, Set<string>>();

  constructor(readonly model: Model) {}

  /** Adds (or replaces) rows of entity set `set`; nested navigation values become rows and links. */
  add(set: string, rows: readonly Row[]): void {
    if (!this.model.has(set)) throw new Error(`no entity set ${set} in $metadata`);
    this.table(set);
    for (const r of rows) this.addOne(set, r);
  }

  /** Links two entities both ways (the partner navigation is the one on `toType` that points back). */
  link(fromType: string, fromId: string, nav: string, toId: string): void {
    const n = this.model.get(fromType)?.navs.get(nav);
    if (!n) throw new Error(`no navigation ${fromType}.${nav} in $metadata`);
    this.key(fromType, fromId, nav).add(toId.toLowerCase());
    const back = this.partner(fromType, nav);
    if (back) this.key(n.target, toId, back).add(fromId.toLowerCase());
  }

  /** Replaces an entity by the placeholder the real API leaves: only Id, GewijzigdOp, ApiGewijzigdOp and Verwijderd. */
  remove(set: string, id: string, apiGewijzigdOp: string): void {
    const old = this.get(set, id);
    if (!old) throw new Error(`no ${set} ${id}`);
    const placeholder: Row = {};
    for (const p of this.model.get(set)!.props.keys()) placeholder[p] = null;
    Object.assign(placeholder, { Id: old.Id, GewijzigdOp: apiGewijzigdOp, ApiGewijzigdOp: apiGewijzigdOp, Verwijderd: true });
    this.table(set).set(id.toLowerCase(), placeholder);
    for (const [k, ids] of this.links) {
      if (k.startsWith(`${set}|${id.toLowerCase()}|`)) this.links.delete(k);
      else ids.delete(id.toLowerCase());
    }
  }

  /** Takes a row out without a trace (it was never there; unlike `remove`, no placeholder). */
  drop(set: string, id: string): void {
    this.table(set).delete(id.toLowerCase());
  }

  get(set: string, id: string): Row | undefined {
    return this.table(set).get(id.toLowerCase());
  }

  all(set: string): Row[] {
    return [...this.table(set).values()];
  }

  has(set: string): boolean {
    return this.rows.has(set);
  }

  /** Follows a navigation: explicit links first, then the foreign keys in the rows ("<Nav>_Id", "<Type>_Id"). */
  readonly navigate = (type: string, row: Row, nav: string): Row | Row[] | null => {
    const n = this.model.get(type)?.navs.get(nav);
    if (!n) return null;
    const id = String(row.Id ?? '').toLowerCase();
    const found = new Map<string, Row>();
    for (const other of this.links.get(`${type}|${id}|${nav}`) ?? []) {
      const r = this.table(n.target).get(other);
      if (r) found.set(other, r);
    }
    if (!n.many) {
      const fk = row[`${nav}_Id`];
      if (typeof fk === 'string') {
        const r = this.table(n.target).get(fk.toLowerCase());
        if (r) found.set(fk.toLowerCase(), r);
      }
      return [...found.values()][0] ?? null;
    }
    for (const r of this.table(n.target).values()) {
      const fk = r[`${type}_Id`];
      if (typeof fk === 'string' && fk.toLowerCase() === id) found.set(String(r.Id).toLowerCase(), r);
    }
    return [...found.values()].filter((r) => r.Verwijderd !== true);
  };

  private addOne(set: string, r: Row): void {
    const et = this.model.get(set);
    if (!et) throw new Error(`no entity set ${set} in $metadata`);
    const own: Row = {};
    for (const [k, v] of Object.entries(r)) {
      const nav = et.navs.get(k);
      if (!nav) {
        own[k] = v;
        continue;
      }
      const nested = (nav.many ? (v as Row[] | null) ?? [] : v ? [v as Row] : []).filter((x) => x && typeof x === 'object');
      for (const x of nested) {
        this.addOne(nav.target, x);
        this.link(set, String(r.Id), k, String(x.Id));
      }
    }
    this.table(set).set(String(own.Id).toLowerCase(), own);
  }

  private partner(type: string, nav: string): string | null {
    const n = this.model.get(type)!.navs.get(nav)!;
    const back = [...this.model.get(n.target)!.navs].filter(([, b]) => b.target === type);
    if (back.length === 1) return back[0]![0];
    // Self-relations (Zaak.VervangenDoor …) and ambiguous ones: one way only.
    return back.find(([name]) => name === type)?.[0] ?? null;
  }

  private key(type: string, id: string, nav: string): Set<string> {
    const k = `${type}|${id.toLowerCase()}|${nav}`;
    let s = this.links.get(k);
    if (!s) this.links.set(k, (s = new Set()));
    return s;
  }

  private table(set: string): Map<string, Row> {
    let t = this.rows.get(set);
    if (!t) this.rows.set(set, (t = new Map()));
    return t;
  }
}
