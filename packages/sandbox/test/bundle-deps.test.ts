// The bundle inlines the reference server's own code but never a third-party library (tsup keeps listed
// dependencies external): a server dependency missing here gets bundled, and some (undici) cannot run
// bundled as ESM. So every third-party dependency of the server is a dependency here, at the same version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

describe('package dependencies', () => {
  it("lists every third-party dependency of the server it bundles, at the server's version", () => {
    const server = read('../../../server/package.json').dependencies;
    const sandbox = read('../package.json').dependencies;
    const thirdParty = Object.entries(server).filter(([name]) => !name.startsWith('@einvoice/'));
    expect(thirdParty.length).toBeGreaterThan(5);
    for (const [name, version] of thirdParty) expect(sandbox[name], name).toBe(version);
  });
});
