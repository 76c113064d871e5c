// The options each rule reads, as JSON Schema: the generated schema shows them and the
// configuration parser refuses anything else (the README: unknown keys are errors).
import { STIJLEN } from './types.js';

export interface OptionSchema {
  type: 'string';
  enum: readonly string[];
  description: string;
}

/** Options per rule id; a rule not listed takes none. */
export const RULE_OPTIONS: Readonly<Record<string, Readonly<Record<string, OptionSchema>>>> = {
  KB106: { stijl: { type: 'string', enum: [...STIJLEN], description: 'De citatiestijl van het document (zie ook "citatiestijl").' } },
};
