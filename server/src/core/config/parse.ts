// Parses and validates the text of a configuration file (JSONC, as VS Code's settings). Every
// problem gets the position of the offending part; nothing here throws on bad input.
import { createScanner, getNodeValue, parseTree, ParseErrorCode, stripComments, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import type { RuleSetting, SeveritySetting } from '../config.js';
import { LineIndex } from '../lines.js';
import { ruleIdOf } from '../rules/catalogue.js';
import { RULE_OPTIONS } from './rule-options.js';
import { PRESETS, SEVERITIES, STIJLEN, type ConfigProblem, type FileConfig, type ParsedConfig } from './types.js';

export const TOP_KEYS = ['$schema', 'root', 'extends', 'preset', 'citatiestijl', 'rules', 'ignores'] as const;

const SYNTAX: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'ongeldig teken',
  [ParseErrorCode.InvalidNumberFormat]: 'ongeldig getal',
  [ParseErrorCode.PropertyNameExpected]: 'sleutel tussen aanhalingstekens verwacht',
  [ParseErrorCode.ValueExpected]: 'waarde verwacht',
  [ParseErrorCode.ColonExpected]: 'dubbele punt (:) verwacht',
  [ParseErrorCode.CommaExpected]: 'komma verwacht',
  [ParseErrorCode.CloseBraceExpected]: 'sluitaccolade (}) verwacht',
  [ParseErrorCode.CloseBracketExpected]: 'sluithaak (]) verwacht',
  [ParseErrorCode.EndOfFileExpected]: 'einde van het bestand verwacht',
  [ParseErrorCode.InvalidCommentToken]: 'ongeldig commentaar',
  [ParseErrorCode.UnexpectedEndOfComment]: 'commentaar niet afgesloten (*/ ontbreekt)',
  [ParseErrorCode.UnexpectedEndOfString]: 'tekst niet afgesloten (" ontbreekt)',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'getal niet afgemaakt',
  [ParseErrorCode.InvalidUnicode]: 'ongeldige unicode-code',
  [ParseErrorCode.InvalidEscapeCharacter]: 'ongeldig escapeteken',
  [ParseErrorCode.InvalidCharacter]: 'ongeldig teken in tekst',
};

/**
 * Parses a configuration. `packageJson`: the text is a package.json and the configuration is
 * its "kamerbrief" key (a package.json that is not valid JSON is not ours to judge: no config).
 */
export function parseConfigText(text: string, packageJson = false): ParsedConfig {
  const problems: ConfigProblem[] = [];
  // Broken JSON can give a problem per character: each is placed and deduplicated in O(log n).
  const said = new Set<string>();
  let lines: LineIndex | undefined;
  const add = (message: string, offset: number, length: number): void => {
    // Two unclosed braces end at the same place with the same complaint: say it once.
    const key = `${offset}\u0000${message}`;
    if (said.has(key)) return;
    said.add(key);
    const p = (lines ??= new LineIndex(text)).positionAt(offset);
    problems.push({ message, offset, length, line: p.line + 1, column: p.character + 1 });
  };
  // An empty file is more likely a mistake (a failed save, a wrong name) than a wish: say so.
  if (!packageJson && stripComments(text).trim() === '') {
    add('het bestand bevat geen configuratie; schrijf {} voor een lege configuratie of verwijder het bestand', 0, 0);
    return { config: null, problems };
  }
  // The parser recurses per level: a hostile nesting depth must be a message, not a stack overflow.
  const deep = tooDeep(text);
  if (deep !== null) {
    if (packageJson && !text.includes('"kamerbrief"')) return { config: null, problems: [] };
    add(`te diep genest (meer dan ${MAX_DEPTH} niveaus); een configuratie heeft er hooguit een paar nodig`, deep, 1);
    return { config: null, problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: packageJson });
  if (packageJson) {
    // Broken JSON is not ours to judge, unless it seems to hold our key: then it cannot be read.
    if (errors.length > 0 && text.includes('"kamerbrief"')) {
      const e = errors[0]!;
      add(`package.json is geen geldige JSON (${SYNTAX[e.error] ?? 'ongeldige JSON'}), dus de sleutel "kamerbrief" kan niet worden gelezen`, e.offset, e.length);
      return { config: null, problems };
    }
    if (errors.length > 0 || !tree || tree.type !== 'object') return { config: null, problems: [] };
    const prop = tree.children?.find((p) => p.children?.[0]?.value === 'kamerbrief');
    if (!prop) return { config: null, problems: [] };
    const value = prop.children?.[1];
    if (!value) return { config: null, problems: [] };
    const config = validate(value, add);
    return { config: problems.length ? null : config, problems };
  }
  for (const e of errors) add(`${SYNTAX[e.error] ?? 'ongeldige JSON'}`, e.offset, e.length);
  if (errors.length > 0) return { config: null, problems };
  if (!tree) return { config: { rules: {}, ignores: [] }, problems };
  const config = validate(tree, add);
  return { config: problems.length ? null : config, problems };
}

type Add = (message: string, offset: number, length: number) => void;

/** Deeper than any real configuration, far below what exhausts the stack. */
const MAX_DEPTH = 64;

/** Offset of the first `{` or `[` deeper than MAX_DEPTH (strings and comments skipped), or null. */
function tooDeep(text: string): number | null {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) depth = Math.max(0, depth - 1);
  }
  return null;
}

function validate(node: Node, add: Add): FileConfig {
  const config: FileConfig = { rules: {}, ignores: [] };
  if (node.type !== 'object') {
    add('de configuratie moet een object zijn, bijvoorbeeld { "extends": "aanbevolen" }', node.offset, node.length);
    return config;
  }
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        if (value.type !== 'string') add('"$schema" moet een tekst (pad of URL) zijn', value.offset, value.length);
        break;
      case 'root':
        if (value.type !== 'boolean') add('"root" moet true of false zijn', value.offset, value.length);
        else config.root = value.value === true;
        break;
      case 'extends':
      case 'preset':
        if (value.type !== 'string' || !PRESETS.includes(value.value)) {
          add(`onbekende voorinstelling ${show(value)} bij "${key}"; kies "aanbevolen", "streng" of "verzending"`, value.offset, value.length);
        } else config.preset = value.value;
        break;
      case 'citatiestijl':
        if (value.type !== 'string' || !STIJLEN.includes(value.value)) {
          add(`onbekende citatiestijl ${show(value)}; kies "brief" of "leidraad"`, value.offset, value.length);
        } else config.citatiestijl = value.value;
        break;
      case 'rules':
        validateRules(value, config, add);
        break;
      case 'ignores':
        if (value.type !== 'array') {
          add('"ignores" moet een lijst van patronen zijn, bijvoorbeeld ["concepten/oud/**"]', value.offset, value.length);
          break;
        }
        for (const item of value.children ?? []) {
          if (item.type !== 'string' || item.value === '') add(`patroon ${show(item)} in "ignores" moet een niet-lege tekst zijn`, item.offset, item.length);
          else config.ignores.push(item.value);
        }
        break;
      default:
        add(`onbekende sleutel "${key}"; kies uit ${TOP_KEYS.map((k) => `"${k}"`).join(', ')}`, keyNode.offset, keyNode.length);
    }
  }
  return config;
}

function validateRules(node: Node, config: FileConfig, add: Add): void {
  if (node.type !== 'object') {
    add('"rules" moet een object zijn, bijvoorbeeld { "KB206": "off" }', node.offset, node.length);
    return;
  }
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    const name = String(keyNode.value);
    const id = ruleIdOf(name);
    if (!id) {
      add(`onbekende regel "${name}"; gebruik een regelnummer (KB101) of alias (kamerstuk-notatie) uit de catalogus`, keyNode.offset, keyNode.length);
      continue;
    }
    const setting = ruleValue(value, name, add);
    if (setting) config.rules[id] = setting;
  }
}

function ruleValue(node: Node, name: string, add: Add): RuleSetting | null {
  if (node.type === 'string') {
    if (!isSeverity(node.value)) {
      add(`onbekende ernst ${show(node)} bij regel "${name}"; kies "off", "info", "warning" of "error"`, node.offset, node.length);
      return null;
    }
    return { severity: node.value };
  }
  if (node.type !== 'object') {
    add(`instelling van regel "${name}" moet een ernst ("off", "info", "warning", "error") of { "severity", "options" } zijn`, node.offset, node.length);
    return null;
  }
  const setting: RuleSetting = {};
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    if (keyNode.value === 'severity') {
      if (!isSeverity(value.value) || value.type !== 'string') {
        add(`onbekende ernst ${show(value)} bij regel "${name}"; kies "off", "info", "warning" of "error"`, value.offset, value.length);
      } else setting.severity = value.value;
    } else if (keyNode.value === 'options') {
      if (value.type !== 'object') add(`"options" van regel "${name}" moet een object zijn`, value.offset, value.length);
      else if (validOptions(value, name, add)) setting.options = getNodeValue(value) as Record<string, unknown>;
    } else {
      add(`onbekende sleutel "${String(keyNode.value)}" bij regel "${name}"; kies "severity" of "options"`, keyNode.offset, keyNode.length);
    }
  }
  return setting;
}

/** Every option must be one the rule reads, with a value it accepts. */
function validOptions(node: Node, name: string, add: Add): boolean {
  const id = ruleIdOf(name);
  const known = (id && RULE_OPTIONS[id]) || {};
  let ok = true;
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    const spec = Object.hasOwn(known, key) ? known[key] : undefined;
    if (!spec) {
      const choices = Object.keys(known);
      add(`onbekende optie "${key}" bij regel "${name}"; ${choices.length ? `kies uit ${choices.map((c) => `"${c}"`).join(', ')}` : 'deze regel heeft geen opties'}`, keyNode.offset, keyNode.length);
      ok = false;
    } else if (value.type !== spec.type || !spec.enum.includes(String(value.value))) {
      add(`ongeldige waarde ${show(value)} voor optie "${key}" bij regel "${name}"; kies ${spec.enum.map((v) => `"${v}"`).join(' of ')}`, value.offset, value.length);
      ok = false;
    }
  }
  return ok;
}

function isSeverity(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

function show(node: Node): string {
  const v = getNodeValue(node) as unknown;
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}
