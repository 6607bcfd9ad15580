/**
 * Names the manifest and the code must agree on. Kept apart from commands.ts (which touches Office globals) so the
 * manifest test can import them in Node.
 */

/** `<FunctionName>` of the ribbon's Refresh JAC summary button (ExecuteFunction). */
export const REFRESH_COMMAND = 'refreshJacSummary';
