import type { Finding } from './types';
import { compareFindings } from './finding';

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
}

/**
 * Findings grouped by sheet, as every shell lists them (the pane's Findings, the command line's report): the one
 * grouping, in the one order, whatever order the findings come in. The findings are put in the engine's order
 * (compareFindings: errors first, then sheet, row and column) and each sheet's group starts where its first finding
 * falls, so sheets with errors come before sheets with only warnings, and within a sheet errors come before warnings.
 * Grouped with a Map because sheet names are arbitrary text ("__proto__" is a valid sheet name).
 *
 * @example groupFindings([warning on Plan, error on Actions]) -> [{ sheet: 'Actions', ... }, { sheet: 'Plan', ... }]
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    const group = groups.get(finding.sheet);
    if (group) group.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  return Array.from(groups, ([sheet, grouped]) => ({ sheet, findings: grouped }));
}
