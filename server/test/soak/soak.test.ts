// The soak's short version, in the server's test command (the 10-minute run has its own command:
// `pnpm --filter @einvoice/server soak`, see soak.ts). About 20 s of load per database with a fault every ~3 s
// (every kind of fault lands at least once: the nemesis deals them from a shuffled deck), then the same history
// check: 0 duplicates, 0 lost, 0 unresolved, exactly one event per state change, no process exit but the kills.
// PostgreSQL runs on a cluster of its own (stopped and started by the nemesis) when its binaries are installed.
import { describe, expect, it } from 'vitest';
import { pgAvailable } from '../crash/pg-cluster.js';
import { noProblems, summarizeProblems } from '../history/checker.js';
import { formatReport, runSoak } from './soak.js';

const SECONDS = Number(process.env.SOAK_TEST_SECONDS ?? 20);
const databases = (pgAvailable ? ['sqlite', 'postgres'] : ['sqlite']) as ('sqlite' | 'postgres')[];

describe.each(databases)(
  'soak, short (%s): load, random SIGKILLs and database restarts, then the history check',
  (database) => {
    it('0 duplicates, 0 lost, 0 unresolved, one event per state change, no exits but the injected kills', async () => {
      const report = await runSoak({
        seconds: SECONDS,
        database,
        clients: 4,
        nemesisEverySeconds: 3,
        settleSeconds: 90,
        log: () => undefined,
      });
      console.log(formatReport(report));
      expect(report.injectedKills, 'the nemesis killed the server at least once').toBeGreaterThan(0);
      if (database === 'postgres') expect(report.databaseRestarts).toBeGreaterThan(0);
      expect(report.unexpectedExits).toEqual([]);
      expect(report.problems).toEqual(summarizeProblems(noProblems()).counts); // every kind of problem: 0
      expect(report.unresolvedAtStatus).toBe(0);
      expect(report.figures.invalidSignatures).toBe(0);
      expect(report.ok).toBe(true);
    }, 300_000);
  },
);
