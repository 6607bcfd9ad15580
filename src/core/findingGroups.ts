import type { Finding } from './types';

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
}

/**
 * Findings grouped by sheet, errors first, as every shell lists them (the pane's Findings, the command line's
 * report): within a sheet errors come before warnings, and sheets with errors come before sheets with only
 * warnings. Otherwise the order given is kept (the engine's: sheet, row, column).
 * Grouped with a Map because sheet names are arbitrary text ("__proto__" is a valid sheet name).
 *
 * @example groupFindings([warning on Plan, error on Actions]) -> [{ sheet: 'Actions', ... }, { sheet: 'Plan', ... }]
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const errorsFirst = [...findings].sort((a, b) => severityRank(a) - severityRank(b));
  const groups = new Map<string, Finding[]>();
  for (const finding of errorsFirst) {
    const group = groups.get(finding.sheet);
    if (group) group.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  return Array.from(groups, ([sheet, grouped]) => ({ sheet, findings: grouped }));
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}
