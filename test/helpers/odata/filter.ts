// A small OData v4 $filter parser and evaluator for the subset the sync (and its neighbours) send:
// eq ne gt ge lt le, and or not, parentheses, member paths, any()/all() lambdas, and string, number,
// boolean, null, DateTimeOffset, date and Guid literals. Anything else is a syntax error (HTTP 400),
// as on the real server, never silently ignored.
import { instantKey } from '../../../server/src/data/sync/keys.js';
import { unknownMember, type Model } from './metadata.js';

export class ODataQueryError extends Error {}

export type LiteralType = 'string' | 'number' | 'bool' | 'null' | 'datetime' | 'date' | 'guid';
export type Expr =
  | { k: 'or' | 'and'; a: Expr; b: Expr }
  | { k: 'not'; e: Expr }
  | { k: 'cmp'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; a: Expr; b: Expr }
  | { k: 'lit'; t: LiteralType; v: string | number | boolean | null }
  | { k: 'path'; segs: string[] }
  | { k: 'lambda'; fn: 'any' | 'all'; path: string[]; v: string | null; e: Expr | null };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![\dT])/;
const NUMBER = /^-?\d+(?:\.\d+)?(?![\w-])/;
const IDENT = /^[A-Za-z_]\w*/;
const OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

type Token = { t: 'lit'; lt: LiteralType; v: string | number | boolean | null } | { t: 'id'; v: string } | { t: 'sym'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let s = src;
  while (s.length) {
    const ws = /^\s+/.exec(s);
    if (ws) {
      s = s.slice(ws[0].length);
      continue;
    }
    let m: RegExpExecArray | null;
    if (s[0] === "'") {
      let i = 1;
      let v = '';
      for (;;) {
        if (i >= s.length) throw new ODataQueryError(`Unterminated string literal in $filter: ${src}`);
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          break;
        }
        v += s[i++];
      }
      out.push({ t: 'lit', lt: 'string', v });
      s = s.slice(i + 1);
    } else if ((m = GUID.exec(s))) {
      out.push({ t: 'lit', lt: 'guid', v: m[0].toLowerCase() });
      s = s.slice(m[0].length);
    } else if ((m = DATETIME.exec(s))) {
      out.push({ t: 'lit', lt: 'datetime', v: m[0] });
      s = s.slice(m[0].length);
    } else if ((m = DATE.exec(s))) {
      out.push({ t: 'lit', lt: 'date', v: m[0] });
      s = s.slice(m[0].length);
    } else if ((m = NUMBER.exec(s))) {
      out.push({ t: 'lit', lt: 'number', v: Number(m[0]) });
      s = s.slice(m[0].length);
    } else if ((m = IDENT.exec(s))) {
      const w = m[0];
      if (w === 'true' || w === 'false') out.push({ t: 'lit', lt: 'bool', v: w === 'true' });
      else if (w === 'null') out.push({ t: 'lit', lt: 'null', v: null });
      else out.push({ t: 'id', v: w });
      s = s.slice(w.length);
    } else if ('()/:,'.includes(s[0]!)) {
      out.push({ t: 'sym', v: s[0]! });
      s = s.slice(1);
    } else {
      throw new ODataQueryError(`Syntax error at position ${src.length - s.length} in '${src}'.`);
    }
  }
  return out;
}

export function parseFilter(src: string): Expr {
  const toks = tokenize(src);
  let i = 0;
  const peek = (): Token | undefined => toks[i];
  const isWord = (w: string): boolean => peek()?.t === 'id' && peek()!.v === w;
  const isSym = (c: string): boolean => peek()?.t === 'sym' && peek()!.v === c;
  const fail = (): never => {
    throw new ODataQueryError(`Syntax error at token ${i + 1} in '${src}'.`);
  };
  const expectSym = (c: string): void => {
    if (!isSym(c)) fail();
    i++;
  };

  const or = (): Expr => {
    let a = and();
    while (isWord('or')) {
      i++;
      a = { k: 'or', a, b: and() };
    }
    return a;
  };
  const and = (): Expr => {
    let a = not();
    while (isWord('and')) {
      i++;
      a = { k: 'and', a, b: not() };
    }
    return a;
  };
  const not = (): Expr => {
    if (isWord('not')) {
      i++;
      return { k: 'not', e: not() };
    }
    return cmp();
  };
  const cmp = (): Expr => {
    const a = primary();
    const t = peek();
    if (t?.t === 'id' && OPS.has(t.v)) {
      i++;
      return { k: 'cmp', op: t.v as 'eq', a, b: primary() };
    }
    return a;
  };
  const primary = (): Expr => {
    const t = peek();
    if (!t) return fail();
    if (t.t === 'sym' && t.v === '(') {
      i++;
      const e = or();
      expectSym(')');
      return e;
    }
    if (t.t === 'lit') {
      i++;
      return { k: 'lit', t: t.lt, v: t.v };
    }
    if (t.t !== 'id') return fail();
    const segs = [t.v];
    i++;
    while (isSym('/')) {
      i++;
      const s = peek();
      if (s?.t !== 'id') return fail();
      i++;
      if ((s.v === 'any' || s.v === 'all') && isSym('(')) {
        i++;
        if (isSym(')')) {
          i++;
          if (s.v === 'all') fail();
          return { k: 'lambda', fn: 'any', path: segs, v: null, e: null };
        }
        const v = peek();
        if (v?.t !== 'id') return fail();
        i++;
        expectSym(':');
        const e = or();
        expectSym(')');
        return { k: 'lambda', fn: s.v, path: segs, v: v.v, e };
      }
      segs.push(s.v);
    }
    if (isSym('(')) throw new ODataQueryError(`Unknown function '${segs.join('/')}' in $filter.`);
    return { k: 'path', segs };
  };

  const e = or();
  if (i !== toks.length) fail();
  return e;
}

/** Scope of a path: the entity type of `$it` and of each lambda variable in reach. */
type Scope = { it: string; vars: Map<string, string> };

/** Throws the real server's message for a member that $metadata does not know. Returns the EDM type of a path. */
export function checkFilter(model: Model, type: string, e: Expr, scope: Scope = { it: type, vars: new Map() }): string | null {
  switch (e.k) {
    case 'or':
    case 'and':
      checkFilter(model, type, e.a, scope);
      checkFilter(model, type, e.b, scope);
      return 'Edm.Boolean';
    case 'not':
      checkFilter(model, type, e.e, scope);
      return 'Edm.Boolean';
    case 'cmp': {
      const ta = checkFilter(model, type, e.a, scope);
      const tb = checkFilter(model, type, e.b, scope);
      if (e.a.k === 'path' && e.b.k === 'lit') compatible(ta, e.b.t);
      if (e.b.k === 'path' && e.a.k === 'lit') compatible(tb, e.a.t);
      return 'Edm.Boolean';
    }
    case 'lit':
      return null;
    case 'path':
      return resolvePath(model, scope, e.segs, false).type;
    case 'lambda': {
      const end = resolvePath(model, scope, e.path, true);
      if (e.v && e.e) {
        const vars = new Map(scope.vars).set(e.v, end.entity!);
        checkFilter(model, type, e.e, { it: scope.it, vars });
      }
      return 'Edm.Boolean';
    }
  }
}

function compatible(edm: string | null, lit: LiteralType): void {
  if (!edm || lit === 'null') return;
  const ok: Record<string, LiteralType[]> = {
    'Edm.String': ['string'],
    'Edm.Guid': ['guid'],
    'Edm.DateTimeOffset': ['datetime', 'date'],
    'Edm.Date': ['date'],
    'Edm.Boolean': ['bool'],
    'Edm.Int32': ['number'],
    'Edm.Int64': ['number'],
    'Edm.Decimal': ['number'],
    'Edm.Double': ['number'],
  };
  if (ok[edm] && !ok[edm]!.includes(lit)) throw new ODataQueryError(`A binary operator with incompatible types was detected. Found operand types '${edm}' and '${lit}'.`);
}

/** Walks a member path; a collection navigation is only allowed as the target of any()/all(). */
function resolvePath(model: Model, scope: Scope, segs: string[], lambdaTarget: boolean): { type: string | null; entity: string | null } {
  let entity = scope.it;
  let start = 0;
  if (scope.vars.has(segs[0]!)) {
    entity = scope.vars.get(segs[0]!)!;
    start = 1;
  } else if (segs[0] === '$it') start = 1;
  for (let i = start; i < segs.length; i++) {
    const t = model.get(entity)!;
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    if (t.props.has(seg)) {
      if (!last) throw new ODataQueryError(`Property '${seg}' of type '${t.props.get(seg)}' has no members.`);
      if (lambdaTarget) throw new ODataQueryError(`any/all must follow a collection navigation, not '${seg}'.`);
      return { type: t.props.get(seg)!, entity: null };
    }
    const nav = t.navs.get(seg);
    if (!nav) throw new ODataQueryError(unknownMember(entity, seg));
    if (nav.many && !(last && lambdaTarget)) throw new ODataQueryError(`The parent value for a property access of a property '${segs[i + 1] ?? seg}' is not a single value. Property access can only be applied to a single value.`);
    entity = nav.target;
  }
  if (!lambdaTarget) throw new ODataQueryError(`The path '${segs.join('/')}' ends at an entity, not a value.`);
  return { type: null, entity };
}

export type Row = Record<string, unknown>;
/** Follows a navigation property of a row: one row (or null) or a list. */
export type Navigate = (type: string, row: Row, nav: string) => Row | Row[] | null;

export function evaluate(model: Model, type: string, e: Expr, row: Row, nav: Navigate, vars: Map<string, { type: string; row: Row }> = new Map()): unknown {
  switch (e.k) {
    case 'or':
      return evaluate(model, type, e.a, row, nav, vars) === true || evaluate(model, type, e.b, row, nav, vars) === true;
    case 'and':
      return evaluate(model, type, e.a, row, nav, vars) === true && evaluate(model, type, e.b, row, nav, vars) === true;
    case 'not':
      return evaluate(model, type, e.e, row, nav, vars) !== true;
    case 'lit':
      return e.v;
    case 'cmp':
      return compare(e.op, evaluate(model, type, e.a, row, nav, vars), evaluate(model, type, e.b, row, nav, vars));
    case 'path': {
      const { type: t, row: r, segs } = startOf(type, row, e.segs, vars);
      return walk(model, t, r, segs, nav);
    }
    case 'lambda': {
      const { type: t, row: r, segs } = startOf(type, row, e.path, vars);
      const { items, itemType } = collection(model, t, r, segs, nav);
      if (!e.v || !e.e) return items.length > 0;
      const test = (it: Row): boolean => evaluate(model, type, e.e!, row, nav, new Map(vars).set(e.v!, { type: itemType, row: it })) === true;
      return e.fn === 'any' ? items.some(test) : items.every(test);
    }
  }
}

function startOf(type: string, row: Row, segs: string[], vars: Map<string, { type: string; row: Row }>): { type: string; row: Row; segs: string[] } {
  const v = vars.get(segs[0]!);
  if (v) return { type: v.type, row: v.row, segs: segs.slice(1) };
  return { type, row, segs: segs[0] === '$it' ? segs.slice(1) : segs };
}

function walk(model: Model, type: string, row: Row | null, segs: string[], nav: Navigate): unknown {
  let t = type;
  let r: Row | null = row;
  for (let i = 0; i < segs.length; i++) {
    if (!r) return null;
    const et = model.get(t)!;
    const seg = segs[i]!;
    if (et.props.has(seg)) return r[seg] ?? null;
    const n = et.navs.get(seg)!;
    r = nav(t, r, seg) as Row | null;
    t = n.target;
  }
  return r;
}

function collection(model: Model, type: string, row: Row, segs: string[], nav: Navigate): { items: Row[]; itemType: string } {
  const parent = walk(model, type, row, segs.slice(0, -1), nav) as Row | null;
  let t = type;
  for (const s of segs.slice(0, -1)) t = model.get(t)!.navs.get(s)!.target;
  const last = segs[segs.length - 1]!;
  const items = parent ? ((nav(t, parent, last) as Row[] | null) ?? []) : [];
  return { items, itemType: model.get(t)!.navs.get(last)!.target };
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    const both = (a ?? null) === (b ?? null);
    return op === 'eq' ? both : op === 'ne' ? !both : false;
  }
  const [x, y] = [norm(a), norm(b)];
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'lt':
      return x < y;
    default:
      return x <= y;
  }
}

/** Instants compare as instants (fractions of 2–7 digits, any offset); GUIDs case-insensitively. */
function norm(v: unknown): string | number | boolean {
  if (typeof v === 'string') {
    if (DATETIME.test(v) && v.length <= 40) return instantKey(v);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return instantKey(`${v}T00:00:00Z`);
    if (GUID.test(v) && v.length === 36) return v.toLowerCase();
    return v;
  }
  return v as number | boolean;
}
