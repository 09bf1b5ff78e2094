// Stack traces of the built server, pointed back at the TypeScript sources when they are printed. Node's
// --enable-source-maps does this for every stack, but it reads and keeps the source maps of every module it loads
// (ours and the dependencies'): about 22 MB of RSS for the life of the process (docs/adr/0023). Here a map is read
// only when a stack is printed (a logged error, a fatal start-up error), once per generated file, and only for
// files that have a `.map` beside them; a frame that cannot be mapped is left as it is.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const maps = new Map<string, SourceMap | null>();

function mapFor(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map !== undefined) return map;
  map = null;
  try {
    const path = `${file}.map`;
    if (existsSync(path)) map = new SourceMap(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    map = null; // an unreadable map: the frame stays as it is
  }
  maps.set(file, map);
  return map;
}

/** A frame's `file:line:column` (file path or file:// URL of a .js/.mjs/.cjs file), as V8 prints it. */
const FRAME = /((?:file:\/\/)?\/[^\s():]+\.[cm]?js):(\d+):(\d+)/g;

/** The stack with every position in a file that has a source map replaced by its original source position. */
export function originalStack(stack: string | undefined): string | undefined {
  if (!stack) return stack;
  return stack.replace(FRAME, (whole, location: string, line: string, column: string) => {
    const file = location.startsWith('file://') ? fileURLToPath(location) : location;
    const entry = mapFor(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return whole;
    const source = entry.originalSource.startsWith('file://')
      ? fileURLToPath(entry.originalSource)
      : resolve(dirname(file), entry.originalSource);
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
