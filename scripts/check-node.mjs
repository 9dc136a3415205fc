// Refuses a Node.js older than package.json "engines" in one line, before a script fails somewhere deep and
// cryptically (Node 20 dies on `--experimental-strip-types` with "bad option"). `npm install` itself is refused by
// `engine-strict` in .npmrc. No dependencies and plain syntax, so an old Node can run it.
// Usage: node scripts/check-node.mjs [version]   (the optional version stands in for the running Node, for tests)
import { readFileSync } from 'node:fs';

const needed = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const found = (process.argv[2] || process.versions.node).replace(/^v/, '');

const minimum = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(needed);
if (!minimum) throw new Error(`scripts/check-node.mjs understands only ">=x.y.z" in engines.node, not "${needed}"`);

const parts = (version) => version.split('.').map(Number);
const [want, have] = [parts(minimum[1]), parts(found)];
const firstDifference = want.findIndex((n, i) => (have[i] || 0) !== n);
const older = firstDifference >= 0 && (have[firstDifference] || 0) < want[firstDifference];

if (older) {
  console.error(
    `NOC Console needs Node.js ${minimum[1]} or newer; this is Node.js ${found}. Install Node.js 24 LTS and try again.`,
  );
  process.exit(1);
}
