/** Either a fixed delay, or a log-normal distribution fitted to a median and a 99th percentile. */
export type LatencyProfile = { fixedMs: number } | { p50Ms: number; p99Ms: number; maxMs?: number };

const Z99 = 2.3263478740408408; // standard normal quantile at 0.99

export function sampleLatencyMs(profile: LatencyProfile | undefined, random: () => number = Math.random): number {
  if (!profile) return 0;
  if ('fixedMs' in profile) return Math.max(0, profile.fixedMs);
  const { p50Ms, p99Ms } = profile;
  if (p50Ms <= 0) return 0;
  // log-normal: median = e^mu, p99 = e^(mu + Z99*sigma)
  const mu = Math.log(p50Ms);
  const sigma = p99Ms > p50Ms ? Math.log(p99Ms / p50Ms) / Z99 : 0;
  const u1 = Math.max(random(), Number.EPSILON);
  const u2 = random();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  const ms = Math.exp(mu + sigma * z);
  return Math.min(ms, profile.maxMs ?? p99Ms * 10);
}

export function validateLatencyProfile(p: unknown): LatencyProfile | undefined {
  if (p === null || p === undefined) return undefined;
  if (typeof p !== 'object') throw new Error('latency profile must be an object');
  const o = p as Record<string, unknown>;
  if (typeof o.fixedMs === 'number' && o.fixedMs >= 0) return { fixedMs: o.fixedMs };
  if (typeof o.p50Ms === 'number' && typeof o.p99Ms === 'number' && o.p50Ms >= 0 && o.p99Ms >= o.p50Ms) {
    const out: LatencyProfile = { p50Ms: o.p50Ms, p99Ms: o.p99Ms };
    if (typeof o.maxMs === 'number') out.maxMs = o.maxMs;
    return out;
  }
  if (Object.keys(o).length === 0) return undefined;
  throw new Error('latency profile must be {fixedMs} or {p50Ms, p99Ms[, maxMs]} with p99Ms >= p50Ms');
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
