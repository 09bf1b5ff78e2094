/**
 * Dependency rules (dependencies point inward, http -> app -> @einvoice/gst; adapters
 * implement ports declared in app; gst imports nothing of ours and does no I/O).
 *
 *   pnpm depcruise                                                       # everything, from the root
 *   depcruise packages/gst/src --config ../../.dependency-cruiser.cjs     # from packages/gst (its lint)
 *
 * `baseDir` is the repository root, whatever the working directory: the rules' paths are
 * root-relative, and so are the paths given on the command line (hence `packages/gst/src`, not
 * `src`, in gst's lint).
 *
 * No `tsConfig` is needed: dependency-cruiser resolves TypeScript ESM specifiers (`./x.js` for
 * ./x.ts) by itself, and tsconfig.base.json has no path aliases. (The sandbox's own tsconfig maps
 * @einvoice/gst to ../gst/src for type-checking; here it resolves, as at run time, through gst's
 * exports map, or stays an unresolved leaf when gst's dist is not built: the rules hold either way.)
 */

/** A workspace package: its root folder (group 1). */
const PKG = '(packages/[^/]+|sdks/[^/]+|examples/[^/]+|server|spec)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'gst-imports-only-zod-and-crypto',
      severity: 'error',
      comment:
        'packages/gst is the pure domain core: it may import its own files, zod and node:crypto (hashing) ' +
        'and nothing else: no other node: module (no I/O), no workspace package, nothing outside packages/gst/src.',
      from: { path: '^packages/gst/src/' },
      to: {
        pathNot: [
          '^packages/gst/src/',
          // zod, symlinked (node_modules/zod/) or real path (node_modules/.pnpm/zod@x/node_modules/zod/)
          '(^|/)node_modules/zod/',
          '^(node:)?crypto$',
        ],
      },
    },
    {
      name: 'app-not-to-http-adapters-or-config',
      severity: 'error',
      comment:
        'server/src/app is the core of the server: it declares ports; http and adapters depend on it, never the ' +
        'reverse, and it takes settings as values (Deps), never from config.ts. One exception: the request-body ' +
        'types generated from the spec (http/generated/, type-only and importing nothing) are the contract the ' +
        'use cases implement, and app/request-bodies.ts names them for app.',
      from: { path: '^server/src/app/' },
      to: {
        path: ['^server/src/(http|adapters)/', '^server/src/config\\.ts$'],
        pathNot: '^server/src/http/generated/',
      },
    },
    {
      name: 'generated-types-import-nothing',
      severity: 'error',
      comment:
        'server/src/http/generated/ holds what `pnpm gen:types` writes from spec/openapi.yaml: a leaf, so that ' +
        'app may use it without reaching into the HTTP layer.',
      from: { path: '^server/src/http/generated/' },
      to: {},
    },
    {
      name: 'http-not-to-adapters',
      severity: 'error',
      comment:
        'The HTTP layer calls use cases and ports of server/src/app; what an adapter provides reaches it through ' +
        'a port, wired in compose.ts (e.g. the webhook URL policy, sandbox fault rehearsal).',
      from: { path: '^server/src/http/' },
      to: { path: '^server/src/adapters/' },
    },
    {
      name: 'dashboard-not-to-adapters-or-config',
      severity: 'error',
      comment:
        'The dashboard (server/src/dashboard) is another edge beside the API: it calls use cases and ports of ' +
        'server/src/app like the HTTP layer does, and gets what adapters provide through compose.ts (docs/adr/0026).',
      from: { path: '^server/src/dashboard/' },
      to: { path: ['^server/src/adapters/', '^server/src/config\\.ts$'] },
    },
    {
      name: 'adapters-not-to-http',
      severity: 'error',
      comment: 'Adapters implement ports of server/src/app; they know nothing of the HTTP layer.',
      from: { path: '^server/src/adapters/' },
      to: { path: '^server/src/http/' },
    },
    {
      name: 'adapters-not-to-config',
      severity: 'error',
      comment:
        'Adapters get their settings as values from compose.ts (types in app/ports, e.g. app/ports/gsp-routes.ts), ' +
        'never by reading config.ts.',
      from: { path: '^server/src/adapters/' },
      to: { path: '^server/src/config\\.ts$' },
    },
    {
      name: 'server-reaches-the-simulator-only-from-the-sandbox-composition',
      severity: 'error',
      comment:
        'Production code talks to an IRP through @einvoice/nic. Only the sandbox composition starts and steers ' +
        'the simulator (@einvoice/irp-sandbox): compose.ts, the sandbox GSP routes and control, the fault-rehearsal ' +
        'adapter, and quickstart.ts (it prints the sandbox credentials).',
      from: {
        path: '^server/src/',
        pathNot:
          '^server/src/(adapters/sandbox/|(adapters/gsp/sandbox-(gsp|control)|compose|quickstart|http/routes/sandbox)[.]ts$)',
      },
      to: { path: '^(packages/irp-sandbox/|@einvoice/irp-sandbox)' },
    },
    {
      name: 'sandbox-reaches-the-server-through-embed',
      severity: 'error',
      comment:
        'The installable sandbox (packages/sandbox) runs the reference server in-process through its one embedding ' +
        'entry, @einvoice/server/embed; it never reaches into server internals, so the server can move its rooms.',
      from: { path: '^packages/sandbox/src/' },
      to: { path: '^server/src/', pathNot: '^server/src/embed\\.ts$' },
    },
    {
      name: 'no-relative-import-into-another-package',
      severity: 'error',
      comment:
        "Packages talk through their package names (@einvoice/gst), never through a relative path into another package's src/.",
      from: { path: `^${PKG}/` },
      to: {
        dependencyTypes: ['local'],
        path: `^${PKG}/src/`,
        pathNot: '^$1/',
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No cycles between modules.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    baseDir: __dirname,
    // Only our sources are cruised. Imports of npm packages, of a workspace package (resolved to its
    // dist through its exports map) or of node: modules stay in the graph as leaves, so the rules see them.
    doNotFollow: { path: ['(^|/)node_modules/', '^(packages|sdks|examples)/[^/]+/dist/', '^(server|spec)/dist/'] },
    // See type-only imports too: a type import from another package is still a dependency.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
