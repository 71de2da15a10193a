// Runs every bench/*.bench.mjs in turn; each prints its own Markdown table.
// `npm run bench` builds first, so the benchmarks measure the current dist/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(directory)
  .filter((file) => file.endsWith('.bench.mjs'))
  .sort();

console.log(`Node ${process.version}, ${process.platform}/${process.arch}\n`);
let failed = false;
for (const bench of benches) {
  console.log(`## ${bench}\n`);
  const { status } = spawnSync(process.execPath, [bench], { cwd: directory, stdio: 'inherit' });
  if (status !== 0) failed = true;
  console.log('');
}
process.exit(failed ? 1 : 0);
