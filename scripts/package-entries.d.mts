/** One subpath of a package's exports map, as `import` and `require` see it. */
export interface PackageEntry {
  /** The subpath as written in the exports map (`'.'`, `'./plan.json'`), wildcards expanded. */
  subpath: string;
  /** The id a user imports: `'nanjing-innovation-plan/plan.json'`. */
  specifier: string;
  /** The wildcard subpath this entry was expanded from, if any. */
  pattern: string | undefined;
  /** What the entry loads: JavaScript, JSON, or something else. */
  kind: 'js' | 'json' | 'other' | undefined;
  importFile: string | undefined;
  requireFile: string | undefined;
  importTypes: string | undefined;
  requireTypes: string | undefined;
}

export interface PackageBin {
  name: string;
  file: string;
}

export function readPackageJson(root: string): Record<string, any>;
export function resolveTarget(target: unknown, conditions: readonly string[]): string | undefined;
export function listEntries(root: string): PackageEntry[];
export function listBins(root: string): PackageBin[];
export function sourceOf(root: string, entry: PackageEntry): string;
export const packageRoot: string;
