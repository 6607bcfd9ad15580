/**
 * How the same action (or audit) is recognised on two papers: by its audit and recommendation reference, trimmed,
 * with case and spacing ignored ("Procurement under £60K" / "3 " matches "procurement under £60k" / "3"). Nothing is
 * guessed beyond that: an action whose reference changed is a different action.
 */

/** Longer references are keyed by a hash, so a tracker whose "recommendation" is a paragraph records compactly. */
export const LONGEST_KEPT_REFERENCE = 64;

/** Case and every kind of space (including non-breaking ones) ignored. */
export function keyPart(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * The recommendation's part of a key: the text itself, or for a long one "#" and a hash of it (both sides of a
 * comparison key long references the same way, so they still match exactly).
 *
 * @example referenceKey(' 5 & 6 ') // '5&6'
 */
export function referenceKey(recommendation: string): string {
  const part = keyPart(recommendation);
  return part.length > LONGEST_KEPT_REFERENCE ? `#${textHash(part)}` : part;
}

/** @example actionKey('Payroll ', ' 3') === actionKey('payroll', '3') */
export function actionKey(audit: string, recommendation: string): string {
  return joinKey(keyPart(audit), referenceKey(recommendation));
}

/** The key of an action recorded with a hashed reference (storedPaper.ts keeps the hash, not the whole text). */
export function hashedActionKey(audit: string, hash: string): string {
  return joinKey(keyPart(audit), `#${hash}`);
}

/** An action's key from its audit's part (keyPart) and its reference's (referenceKey). */
export function joinKey(auditPart: string, referencePart: string): string {
  return `${auditPart}\u0001${referencePart}`;
}

/** @example auditKey('Covert  Accounts') === auditKey('covert accounts') */
export function auditKey(audit: string): string {
  return keyPart(audit);
}

/**
 * A 64-bit hash of the text as base-36 digits: two 32-bit FNV-1a hashes with different offsets. Not for security;
 * only so two different long references do not share a key by accident (one chance in about 10^19 per pair).
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36).padStart(7, '0');
}
