/** Types for scripts/cliBuild.js, so TypeScript callers (the bench) can use it. */
export declare const BUNDLE: string;
export declare function ensureCli(): string;
