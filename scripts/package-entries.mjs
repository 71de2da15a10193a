// Reads a package's `exports` map (and `bin`) and lists what a user can load,
// so the package checks (size, docs, packed-consumer and import tests,
// benchmarks) follow the exports map instead of a hand-kept list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Reads `package.json` in `root`. */
export function readPackageJson(root) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/**
 * Resolves an exports target for a set of active conditions the way Node
 * does: the first key, in written order, that is active or `default` wins.
 */
export function resolveTarget(target, conditions) {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return undefined;
  for (const [key, value] of Object.entries(target)) {
    if (key === 'default' || conditions.includes(key)) {
      const resolved = resolveTarget(value, conditions);
      if (resolved !== undefined) return resolved;
    }
  }
  return undefined;
}

function kindOf(file) {
  if (file === undefined) return undefined;
  if (file.endsWith('.json')) return 'json';
  if (/\.[cm]?js$/.test(file)) return 'js';
  return 'other';
}

// Expands `./schemas/*` → `./dist/schemas/*.schema.json` into one subpath per
// file that exists under `root`.
function expandPattern(root, subpath, target) {
  const file = resolveTarget(target, ['import', 'node']) ?? resolveTarget(target, ['require', 'node']);
  if (file === undefined || !file.includes('*')) return [];
  const [prefix, suffix] = file.split('*');
  const directory = posix.dirname(`${prefix}x`);
  const absolute = join(root, directory);
  if (!existsSync(absolute)) return [];
  const [subPrefix, subSuffix] = subpath.split('*');
  return readdirSync(absolute)
    .map((name) => `${directory}/${name}`.replace(/^(?!\.\/)/, './'))
    .filter((path) => path.startsWith(prefix) && path.endsWith(suffix) && path.length >= prefix.length + suffix.length)
    .map((path) => `${subPrefix}${path.slice(prefix.length, path.length - suffix.length)}${subSuffix}`);
}

function substitute(target, match) {
  if (typeof target === 'string') return target.replace('*', match);
  if (target === null || typeof target !== 'object') return target;
  return Object.fromEntries(Object.entries(target).map(([key, value]) => [key, substitute(value, match)]));
}

/**
 * Lists every subpath of the exports map of the package in `root`, with
 * wildcard subpaths expanded to the files that exist, and for each the files
 * that `import` and `require` load and the declarations TypeScript picks.
 */
export function listEntries(root) {
  const pkg = readPackageJson(root);
  const exportsMap =
    typeof pkg.exports === 'string' || pkg.exports?.['.'] === undefined ? { '.': pkg.exports } : pkg.exports;
  const entries = [];
  for (const [subpath, target] of Object.entries(exportsMap)) {
    const concrete = subpath.includes('*')
      ? expandPattern(root, subpath, target).map((expanded) => {
          const [subPrefix, subSuffix] = subpath.split('*');
          const match = expanded.slice(subPrefix.length, expanded.length - subSuffix.length);
          return [expanded, substitute(target, match)];
        })
      : [[subpath, target]];
    for (const [concreteSubpath, concreteTarget] of concrete) {
      const importFile = resolveTarget(concreteTarget, ['import', 'node']);
      const requireFile = resolveTarget(concreteTarget, ['require', 'node']);
      entries.push({
        subpath: concreteSubpath,
        specifier: concreteSubpath === '.' ? pkg.name : `${pkg.name}/${concreteSubpath.slice(2)}`,
        pattern: subpath.includes('*') ? subpath : undefined,
        kind: kindOf(importFile ?? requireFile),
        importFile,
        requireFile,
        importTypes: resolveTarget(concreteTarget, ['types', 'import', 'node']),
        requireTypes: resolveTarget(concreteTarget, ['types', 'require', 'node']),
      });
    }
  }
  return entries;
}

/** Lists the package's `bin` commands as `{ name, file }`. */
export function listBins(root) {
  const pkg = readPackageJson(root);
  if (pkg.bin === undefined) return [];
  if (typeof pkg.bin === 'string') return [{ name: pkg.name.replace(/^@[^/]+\//, ''), file: pkg.bin }];
  return Object.entries(pkg.bin).map(([name, file]) => ({ name, file }));
}

/**
 * Maps a JavaScript entry to the TypeScript source it is built from, by the
 * layout convention of one entry file per subpath at the top of `src/`:
 * `dist/NAME.*` ← `src/NAME.ts` (`dist/index.*` ← `src/index.ts`).
 */
export function sourceOf(root, entry) {
  const file = entry.importFile ?? entry.requireFile;
  const name = posix.basename(file).replace(/(\.node)?\.[cm]?js$/, '');
  const source = `src/${name}.ts`;
  if (!existsSync(join(root, source))) {
    throw new Error(`exports["${entry.subpath}"] loads ${file}, but ${source} does not exist to document it`);
  }
  return source;
}

/** The package root of this repository. */
export const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));
