/**
 * The command line's exit codes.
 *
 * Findings (even errors) do not change the exit code: they are problems in the data for a person to fix, the report
 * is complete despite them, and a paper often has to go out with a "TBC" deadline in it. A script that wants to
 * gate on them reads `findings` from --json.
 */
export const EXIT_OK = 0;
/** A bug in jac-summary itself: reported in one line, never a stack trace (set JAC_DEBUG=1 to see it). */
export const EXIT_INTERNAL = 1;
/** The run could not produce a report: a bad option, an unreadable file, or neither a plan nor an action table found. */
export const EXIT_USAGE = 2;
