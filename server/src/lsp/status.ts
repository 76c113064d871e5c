// What the editor's language status item shows: that this server runs (its process id, so a
// restart can be seen), how many rules are active for a document, and the data it has.
import { ruleSetting, type LintConfig } from '../core/config.js';
import { allRules } from '../core/rules/index.js';
import type { DataStatus } from './data.js';

export const STATUS_REQUEST = 'kamerbrief/status';

export interface ServerStatus {
  pid: number;
  /** Rules that run for the document (on, and with data when they need it). */
  actieveRegels: number;
  regels: number;
  /** Rules that are on but need data that is not there. */
  zonderGegevens: number;
  gegevens: DataStatus & { datum: string | null };
}

export function activeRules(config: LintConfig, hasData: boolean): { active: number; needData: number } {
  let active = 0;
  let needData = 0;
  for (const rule of allRules) {
    if (ruleSetting(config, rule.meta.id, rule.meta.alias).severity === 'off') continue;
    if (rule.meta.needsData && !hasData) needData++;
    else active++;
  }
  return { active, needData };
}

export function serverStatus(config: LintConfig, data: DataStatus, createdAt: string | null): ServerStatus {
  const { active, needData } = activeRules(config, data.beschikbaar);
  return { pid: process.pid, actieveRegels: active, regels: allRules.length, zonderGegevens: needData, gegevens: { ...data, datum: createdAt ? createdAt.slice(0, 10) : null } };
}
