// What other workspace packages may use to run this server in-process (the MSW contract harness, SDK
// test suites): build it, configure it, create an account, log quietly. Exported as
// `@einvoice/server/embed`; consumed as TypeScript source by tsx and vitest (the server has no library build).

export { createLogger } from './adapters/observability/logger.js';
export { createAccount } from './app/usecases/accounts.js';
export { type SandboxSeed, type SeededSandbox, seedSandbox } from './app/usecases/sandbox-seed.js';
export { type BuildOptions, type BuiltServer, buildServer } from './compose.js';
export { type Config, loadConfig } from './config.js';
