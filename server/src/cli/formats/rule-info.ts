// Rule metadata for the CI formats: name, description, default level, documentation link.
import { allRules } from '../../core/rules/index.js';
import type { RuleMeta } from '../../core/rule.js';
import { ruleDocUrl } from '../../core/rules/doc-url.js';

export interface RuleInfo extends RuleMeta {
  helpUri: string;
}

const INTERNAL: RuleMeta = { id: 'KB000', alias: 'interne-fout', description: 'Een regel liep op een interne fout; meld dit met het bestand erbij.', defaultSeverity: 'error', fixable: false, tags: [] };

export const RULES: readonly RuleInfo[] = [INTERNAL, ...allRules.map((r) => r.meta)].map((m) => ({ ...m, helpUri: ruleDocUrl(m.id, m.alias) }));
export const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));
