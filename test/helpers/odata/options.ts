// $select, $expand (nested, with ;-separated options), $orderby and $top, parsed and checked
// against $metadata the way the real server does: an unknown member is a 400, not an empty answer.
import { checkFilter, evaluate, ODataQueryError, parseFilter, type Expr, type Navigate, type Row } from './filter.js';
import { unknownMember, type Model } from './metadata.js';

export interface OrderKey {
  prop: string;
  desc: boolean;
}

export interface QueryOptions {
  filter: Expr | null;
  select: string[] | null;
  expand: ExpandItem[];
  orderby: OrderKey[];
  top: number | null;
}

export interface ExpandItem {
  nav: string;
  target: string;
  many: boolean;
  options: QueryOptions;
}

const TOP_LEVEL = new Set(['$filter', '$select', '$expand', '$orderby', '$top', '$skip', '$skiptoken', '$count', '$format']);
const NESTED = new Set(['$filter', '$select', '$expand', '$orderby', '$top']);

/** Options of a request URL for entity type `type`. Query names without "$" are ignored, as the real server does. */
export function parseQuery(model: Model, type: string, params: URLSearchParams): QueryOptions {
  const raw = new Map<string, string>();
  for (const [k, v] of params) {
    if (!k.startsWith('$')) continue;
    if (!TOP_LEVEL.has(k)) throw new ODataQueryError(`The query parameter '${k}' is not supported.`);
    if (raw.has(k)) throw new ODataQueryError(`Query option '${k}' was specified more than once, but it must be specified at most once.`);
    raw.set(k, v);
  }
  return optionsFrom(model, type, raw);
}

function optionsFrom(model: Model, type: string, raw: Map<string, string>): QueryOptions {
  const et = model.get(type);
  if (!et) throw new ODataQueryError(`Resource not found for the segment '${type}'.`);
  let filter: Expr | null = null;
  if (raw.has('$filter')) {
    filter = parseFilter(raw.get('$filter')!);
    checkFilter(model, type, filter);
  }
  let select: string[] | null = null;
  if (raw.has('$select')) {
    select = splitTop(raw.get('$select')!, ',').map((s) => s.trim());
    for (const s of select) if (s !== '*' && !et.props.has(s) && !et.navs.has(s)) throw new ODataQueryError(unknownMember(type, s));
  }
  const expand: ExpandItem[] = [];
  if (raw.has('$expand')) {
    for (const item of splitTop(raw.get('$expand')!, ',')) {
      const m = /^\s*(\w+)\s*(?:\(([\s\S]*)\))?\s*$/.exec(item);
      if (!m) throw new ODataQueryError(`Syntax error in $expand at '${item}'.`);
      const nav = et.navs.get(m[1]!);
      if (!nav) throw new ODataQueryError(unknownMember(type, m[1]!));
      const nested = new Map<string, string>();
      for (const part of m[2] ? splitTop(m[2], ';') : []) {
        const eq = part.indexOf('=');
        const key = part.slice(0, eq).trim();
        if (eq < 0 || !NESTED.has(key)) throw new ODataQueryError(`Syntax error in $expand options of '${m[1]}': '${part}'.`);
        nested.set(key, part.slice(eq + 1));
      }
      expand.push({ nav: m[1]!, target: nav.target, many: nav.many, options: optionsFrom(model, nav.target, nested) });
    }
  }
  const orderby: OrderKey[] = [];
  if (raw.has('$orderby')) {
    for (const item of splitTop(raw.get('$orderby')!, ',')) {
      const m = /^\s*(\w+)(?:\s+(asc|desc))?\s*$/.exec(item);
      if (!m) throw new ODataQueryError(`Syntax error in $orderby at '${item}'.`);
      if (!et.props.has(m[1]!)) throw new ODataQueryError(unknownMember(type, m[1]!));
      orderby.push({ prop: m[1]!, desc: m[2] === 'desc' });
    }
  }
  let top: number | null = null;
  if (raw.has('$top')) {
    if (!/^\d+$/.test(raw.get('$top')!)) throw new ODataQueryError(`Invalid value '${raw.get('$top')}' for $top query option found.`);
    top = Number(raw.get('$top'));
  }
  return { filter, select, expand, orderby, top };
}

/** Splits at `sep` outside parentheses and string literals. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (const ch of s) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0 || quoted) throw new ODataQueryError(`Unbalanced parentheses or quotes in '${s}'.`);
  out.push(cur);
  return out.filter((x) => x.trim() !== '');
}

/** One row as the server writes it: the selected properties plus the expanded navigations. */
export function project(model: Model, type: string, row: Row, o: QueryOptions, nav: Navigate): Row {
  const et = model.get(type)!;
  const out: Row = {};
  const all = !o.select || o.select.includes('*');
  for (const p of et.props.keys()) if (all || o.select!.includes(p)) if (p in row) out[p] = row[p];
  for (const x of o.expand) {
    const got = nav(type, row, x.nav);
    if (x.many) {
      let rows = (got as Row[] | null) ?? [];
      if (x.options.filter) rows = rows.filter((r) => evaluate(model, x.target, x.options.filter!, r, nav) === true);
      rows = sortRows(rows, x.options.orderby);
      if (x.options.top !== null) rows = rows.slice(0, x.options.top);
      out[x.nav] = rows.map((r) => project(model, x.target, r, x.options, nav));
    } else {
      out[x.nav] = got ? project(model, x.target, got as Row, x.options, nav) : null;
    }
  }
  return out;
}

/** Order by the keys, then by Id (the server always adds the key, so paging is stable). */
export function sortRows(rows: Row[], keys: OrderKey[]): Row[] {
  const all = [...keys, ...(keys.some((k) => k.prop === 'Id') ? [] : [{ prop: 'Id', desc: false }])];
  return [...rows].sort((a, b) => {
    for (const k of all) {
      const c = compareValues(a[k.prop], b[k.prop]);
      if (c) return k.desc ? -c : c;
    }
    return 0;
  });
}

export function compareValues(a: unknown, b: unknown): number {
  const x = sortable(a);
  const y = sortable(b);
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return x < y ? -1 : 1;
}

function sortable(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(v);
    if (m) return `${new Date(`${m[1]}${m[3]}`).toISOString().slice(0, 19)}.${(m[2] ?? '').padEnd(9, '0')}`;
    return v.toLowerCase();
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v as number;
}
