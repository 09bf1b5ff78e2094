// Stacks of the built server are mapped back to the sources only when printed (stack-traces.ts): a real error
// thrown in a generated file with a source map beside it, run by a node without --enable-source-maps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { originalStack } from '../../src/adapters/observability/stack-traces.js';

const dir = mkdtempSync(join(tmpdir(), 'einvoice-stacks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// gen.js line 2 is where `fail` throws; the map says line 2, column 1 onwards came from ../src/orig.ts line 5,
// column 3 ("AAIE" on line 1: nothing; ";AAIE": line 2, column 0 -> source 0, line 4, column 2, zero-based).
const generated =
  'function fail() {\nthrow new Error("boom"); }\ntry { fail(); } catch (e) { console.log(e.stack); }\n';
const map = { version: 3, sources: ['../src/orig.ts'], names: [], mappings: ';AAIE' };

describe('stack traces', () => {
  it("maps a bundle's frames to the original source, and leaves frames without a map alone", () => {
    const out = join(dir, 'dist');
    execFileSync('mkdir', ['-p', out]);
    writeFileSync(join(out, 'gen.js'), `${generated}//# sourceMappingURL=gen.js.map\n`);
    writeFileSync(join(out, 'gen.js.map'), JSON.stringify(map));
    writeFileSync(join(out, 'plain.js'), generated);
    const stackOf = (file: string) => execFileSync(process.execPath, [join(out, file)], { encoding: 'utf8' });

    const raw = stackOf('gen.js');
    expect(raw).toContain(`${join(out, 'gen.js')}:2:7`); // node printed the generated position
    const mapped = originalStack(raw)!;
    expect(mapped).toContain(`${join(dir, 'src', 'orig.ts')}:5:3`);
    expect(mapped).not.toContain('gen.js:2:7');
    expect(mapped.split('\n')[0]).toBe('Error: boom');

    const unmapped = stackOf('plain.js');
    expect(originalStack(unmapped)).toBe(unmapped);
    expect(originalStack(undefined)).toBeUndefined();
  });
});
