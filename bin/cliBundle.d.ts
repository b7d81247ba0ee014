// Types of cliBundle.js, which stays plain JavaScript so that bin/lotsplan.js can load it before
// anything else (no type stripping needed for the check itself).
export declare function currentBundle(rootUrl: URL, bundleDir?: string): string | null;
export declare function compileCacheDir(env?: Record<string, string | undefined>, platform?: NodeJS.Platform, homedir?: () => string): string | null;
export declare function enableCompileCache(): void;
