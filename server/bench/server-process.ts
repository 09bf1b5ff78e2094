// What the benches share about a server process: how `pnpm start` runs it (so every bench measures the server
// as production starts it) and how much CPU a process has used.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * `pnpm start` (package.json): its environment assignments (`NAME=${NAME:-default}`, the default unless this
 * process's environment names a value, or `NAME=value`) and its node arguments, with `dist/main.js` replaced by
 * `main` when given (another build's main.js, for an A/B).
 */
export function startCommand(main?: string): { env: Record<string, string>; args: string[] } {
  const start = (JSON.parse(readFileSync(join(HERE, '../package.json'), 'utf8')) as { scripts: { start: string } })
    .scripts.start;
  const env: Record<string, string> = {};
  for (const [, name, value] of start.matchAll(/(?:^|\s)(\w+)=(\S+)(?=\s)/g)) {
    const fallback = /^\$\{(\w+):-([^}]*)\}$/.exec(value!);
    env[name!] = fallback ? (process.env[fallback[1]!] ?? fallback[2]!) : value!;
  }
  const args = start.replace(/^.*?\bnode\s+/, '').split(/\s+/);
  return { env, args: main ? args.map((a) => (a === 'dist/main.js' ? main : a)) : args };
}

/** utime + stime of a process in ms (fields 14 and 15 of /proc/<pid>/stat, clock ticks of 10 ms on Linux). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
