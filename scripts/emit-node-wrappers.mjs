// Writes the ES module wrappers that package.json's exports map gives Node for
// `import` (`node` → `import` → dist/NAME.node.mjs): each re-exports the
// CommonJS build, so a Node program that both imports and requires the package
// gets one copy of the data (no dual-package hazard). Bundlers, which do not
// set the `node` condition, keep the real ES modules.
//
// A wrapper loads the CommonJS file with `require` and names each export,
// rather than `export * from './NAME.cjs'`: for that, Node first scans the
// whole CommonJS source for its export names, which took longer than loading
// the data itself.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { listEntries, packageRoot, readPackageJson, resolveTarget } from './package-entries.mjs';

const require = createRequire(import.meta.url);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const exportsMap = readPackageJson(packageRoot).exports;
let written = 0;
for (const entry of listEntries(packageRoot)) {
  const target = exportsMap[entry.subpath];
  const wrapper = resolveTarget(target?.node?.import, []);
  const commonjs = resolveTarget(target?.node?.require, []);
  if (wrapper === undefined || !wrapper.endsWith('.node.mjs')) continue;
  if (commonjs === undefined)
    throw new Error(`exports["${entry.subpath}"].node has an import wrapper but no require target`);
  const relative = `./${posix.relative(posix.dirname(wrapper), commonjs)}`;
  const names = Object.keys(require(posix.join(packageRoot, commonjs)));
  const odd = names.filter((name) => !IDENTIFIER.test(name) || name === 'default');
  if (odd.length > 0) throw new Error(`${commonjs} exports names a wrapper cannot re-export: ${odd.join(', ')}`);
  writeFileSync(
    new URL(wrapper, `file://${packageRoot}/`),
    [
      `// Node loads ${posix.basename(commonjs)} for import and require alike: one copy of the data.`,
      `import { createRequire } from 'node:module';`,
      ``,
      `export const {`,
      ...names.map((name) => `  ${name},`),
      `} = createRequire(import.meta.url)('${relative}');`,
      ``,
    ].join('\n'),
  );
  written += 1;
}
if (written === 0) throw new Error('no exports entry asks for a Node ES module wrapper');
