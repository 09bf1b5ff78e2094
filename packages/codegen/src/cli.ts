// `pnpm gen` (via turbo): regenerate every SDK from spec/openapi.yaml. `--check`: fail on any difference.
// `--out DIR`: write into another root (the spec-change rehearsal uses a temp dir). `--spec FILE`: another spec.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, generateFromSpec, removeStray, writeFiles } from './emit.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(flag('--out') ?? repoRoot);
const spec = resolve(flag('--spec') ?? join(repoRoot, 'spec/openapi.yaml'));
const files = generateFromSpec(repoRoot, spec);

if (args.includes('--check')) {
  const problems = check(out, files);
  if (problems.length) {
    console.error(
      `codegen: the tree is not what spec/openapi.yaml generates (run \`pnpm gen\`):\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`codegen: ${files.length} files match a fresh generation; no stray generated files`);
} else {
  writeFiles(out, files);
  const removed = removeStray(out, files);
  console.log(
    `codegen: wrote ${files.length} files under ${out}${removed.length ? `; removed ${removed.join(', ')}` : ''}`,
  );
}
