// The JSON Schema of .kamerbrief.jsonc, generated from the rule registry (scripts/gen-schema.mjs
// writes schemas/kamerbrief.schema.json; a test fails when that file is stale).
import { allRules } from '../rules/index.js';
import type { Rule } from '../rule.js';
import { RULE_OPTIONS } from './rule-options.js';
import { PRESETS, SEVERITIES, STIJLEN } from './types.js';

const SEVERITY_NL = { off: 'uit', info: 'melding', warning: 'waarschuwing', error: 'fout' } as const;


function ruleSchema(rule: Rule): Record<string, unknown> {
  const { id, alias, description, defaultSeverity, fixable } = rule.meta;
  const severity = { $ref: '#/definitions/severity' };
  const options = RULE_OPTIONS[id];
  return {
    description: `${id} ${alias}: ${description} Standaard: ${SEVERITY_NL[defaultSeverity]}${fixable ? ', herstelbaar' : ''}.`,
    oneOf: [
      severity,
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity,
          options: { type: 'object', additionalProperties: false, properties: options ?? {} },
        },
      },
    ],
  };
}

export function buildSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of allRules) {
    rules[rule.meta.id] = ruleSchema(rule);
    rules[rule.meta.alias] = { $ref: `#/properties/rules/properties/${rule.meta.id}` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://kamerbrief.invalid/schemas/kamerbrief.schema.json',
    title: 'Kamerbrief-configuratie (.kamerbrief.jsonc)',
    description: 'Instellingen voor kamerbrief: voorinstelling, ernst per regel, citatiestijl en genegeerde bestanden. Het dichtstbijzijnde bestand wint.',
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: {
        type: 'string',
        enum: [...SEVERITIES],
        enumDescriptions: SEVERITIES.map((s) => `${SEVERITY_NL[s]}`),
      },
      preset: {
        type: 'string',
        enum: [...PRESETS],
        enumDescriptions: ['Standaard-ernst van elke regel.', 'Waarschuwingen worden fouten; meldingen blijven meldingen. Een ernst die u per regel instelt, gaat voor.'],
      },
    },
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Zoek niet verder omhoog naar configuratiebestanden.' },
      extends: { $ref: '#/definitions/preset', description: 'De voorinstelling: aanbevolen (standaard), streng, of verzending (aanbevolen plus de controles voor verzending: plaatshouders, commentaar, conceptmarkeringen, contactgegevens).' },
      preset: { $ref: '#/definitions/preset', description: 'Andere naam voor "extends".' },
      citatiestijl: {
        type: 'string',
        enum: [...STIJLEN],
        enumDescriptions: ['Briefstijl: Kamerstuk 29 754, nr. 482.', 'Leidraad: Kamerstukken II 2018/19, 29754, nr. 482.'],
        description: 'De citatiestijl voor Kamerstukken (regel KB106).',
      },
      rules: {
        type: 'object',
        description: 'Ernst per regel (regelnummer of alias): off, info, warning, error, of { "severity", "options" }.',
        additionalProperties: false,
        properties: rules,
      },
      ignores: {
        type: 'array',
        description: 'Patronen (zoals .gitignore) van bestanden die niet worden gecontroleerd, relatief aan dit bestand.',
        items: { type: 'string', minLength: 1 },
      },
    },
  };
}
