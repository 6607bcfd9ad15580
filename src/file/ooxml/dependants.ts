/**
 * Taking relationships away with what hangs from them: a part that no relationship reaches any more (an old
 * summary's drawing, the add-in's chart and its style parts) goes with its own relationships and content type,
 * while a part another relationship still reaches stays. Never a dangling relationship, never an orphaned part.
 */
import { removeOverrides } from './contentTypes';
import type { Package } from './Package';
import { relsPartOf } from './partNames';
import { readRelationships, removeRelationships } from './relationships';

/** Removes a part's relationships (its whole rels part) and, recursively, the parts they reached that nothing else does. */
export function removeDependants(pkg: Package, part: string): void {
  dropRelationships(
    pkg,
    part,
    readRelationships(pkg, part).map((r) => r.id),
  );
}

/**
 * Removes the relationships with these ids from `part` and, recursively, the parts they reached that no other
 * relationship reaches. The part's other relationships keep their ids and bytes; a rels part left empty goes.
 */
export function dropRelationships(pkg: Package, part: string, ids: readonly string[]): void {
  const relsName = pkg.find(relsPartOf(part));
  if (!relsName || ids.length === 0) return;
  const relationships = readRelationships(pkg, part);
  const doomed = relationships.filter((r) => ids.includes(r.id));
  if (doomed.length === relationships.length) {
    pkg.remove(relsName);
    removeOverrides(pkg, [relsName]);
  } else {
    removeRelationships(pkg, part, ids);
  }
  const targets = doomed.flatMap((r) => (r.part && pkg.has(r.part) && r.part !== part ? [r.part] : []));
  if (targets.length === 0) return;
  const stillUsed = reachedParts(pkg);
  for (const target of new Set(targets)) {
    if (stillUsed.has(target) || !pkg.has(target)) continue;
    removeDependants(pkg, target);
    pkg.remove(target);
    removeOverrides(pkg, [target]);
  }
}

/** Every part some relationship in the package points at. */
function reachedParts(pkg: Package): Set<string> {
  return new Set(
    pkg
      .names()
      .filter((name) => name.endsWith('.rels'))
      .flatMap((name) => readRelationships(pkg, ownerOfRels(name)).flatMap((r) => (r.part ? [r.part] : []))),
  );
}

/** The part a rels part belongs to: "xl/_rels/workbook.xml.rels" -> "xl/workbook.xml", "_rels/.rels" -> "". */
function ownerOfRels(relsName: string): string {
  const match = /^(.*?)_rels\/(.*)\.rels$/.exec(relsName);
  return match ? `${match[1]}${match[2]}` : '';
}
