// Structural checks of the deployment reference, run by scripts/lint-deploy.sh after `helm lint` and `helm
// template`: what issue #21 asks of it, read from the rendered manifests, the Dockerfile and compose.yaml.
//   node deploy/check.mjs <rendered.yaml>...     (each file: the output of one `helm template`)
// A schema check of the rendered manifests against the Kubernetes OpenAPI needs schemas from the network
// (kubeconform) or a cluster (`helm template --validate`); these checks hold what matters here instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { parseAllDocuments, parse } = createRequire(new URL('../server/package.json', import.meta.url))('yaml');
const here = (p) => new URL(p, import.meta.url);
const problems = [];
const must = (ok, what) => {
  if (!ok) problems.push(what);
};

// ------------------------------------------------------------ the Dockerfile
const dockerfile = readFileSync(here('./Dockerfile'), 'utf8');
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const froms = instructions.filter((l) => /^FROM\s/i.test(l));
must(froms.length >= 2, 'Dockerfile: multi-stage (two FROM or more)');
const lastStage = instructions.slice(instructions.lastIndexOf(froms.at(-1)));
const user = lastStage.filter((l) => /^USER\s/i.test(l)).at(-1);
must(user && !/^USER\s+(root|0)(:|\s|$)/i.test(user), 'Dockerfile: the runtime stage ends as a non-root USER');
must(
  lastStage.some((l) => /^COPY\s+--from=/i.test(l)),
  'Dockerfile: the runtime stage copies the build output',
);
must(!lastStage.some((l) => /^RUN\s.*pnpm (install|turbo|build)/i.test(l)), 'Dockerfile: nothing is built at runtime');
must(
  lastStage.some((l) => /^CMD\s.*dist\/main\.js/.test(l)),
  'Dockerfile: runs the built JavaScript (dist/main.js)',
);
// The image runs the server as `pnpm start` does: the same node options and malloc arenas (docs/adr/0023).
const start = JSON.parse(readFileSync(here('../server/package.json'), 'utf8')).scripts.start;
const startOptions = start.replace(/^.*?\bnode\s+/, '').split(/\s+/);
const cmd = lastStage.filter((l) => /^CMD\s/.test(l)).at(-1) ?? '';
const cmdArgs = JSON.parse(cmd.replace(/^CMD\s+/, '') || '[]');
must(
  JSON.stringify(cmdArgs.slice(1)) === JSON.stringify(startOptions),
  `Dockerfile: CMD runs node with pnpm start's options (${startOptions.join(' ')})`,
);
must(
  /MALLOC_ARENA_MAX=(\S+)/.exec(start)?.[1]?.includes(/MALLOC_ARENA_MAX=(\d+)/.exec(dockerfile)?.[1] ?? 'missing'),
  "Dockerfile: MALLOC_ARENA_MAX as pnpm start's default",
);
must(
  lastStage.some((l) => /^HEALTHCHECK\s.*\/healthz/.test(l)),
  'Dockerfile: HEALTHCHECK on /healthz',
);
must(/pnpm --filter @einvoice\/server deploy --prod/.test(dockerfile), 'Dockerfile: production dependencies only');

// ------------------------------------------------------------ compose.yaml
const compose = parse(readFileSync(here('./compose.yaml'), 'utf8'), { merge: true });
const services = compose.services ?? {};
const replicas = Object.entries(services).filter(([, s]) => s.environment?.DATABASE_URL);
must(replicas.length >= 2, 'compose: two server replicas on DATABASE_URL');
must(new Set(replicas.map(([, s]) => s.environment.DATABASE_URL)).size === 1, 'compose: replicas share one database');
for (const [name, s] of replicas) {
  for (const k of ['EINVOICE_ENCRYPTION_KEY', 'EINVOICE_HASH_PEPPER'])
    must(/^\$\{\w+:\?/.test(s.environment[k] ?? ''), `compose: ${name} requires ${k} from the environment (:?)`);
  must(s.depends_on?.postgres?.condition === 'service_healthy', `compose: ${name} waits for a healthy PostgreSQL`);
  must(
    parseInt(s.stop_grace_period, 10) * 1000 > Number(s.environment.SHUTDOWN_TIMEOUT_MS),
    `compose: ${name} stop_grace_period outlasts SHUTDOWN_TIMEOUT_MS`,
  );
}
must(/^postgres:/.test(services.postgres?.image ?? ''), 'compose: a PostgreSQL service');
must(services['irp-sandbox']?.profiles?.includes('external-irp'), 'compose: an optional (profile) sandbox IRP');

// ------------------------------------------------------------ rendered Helm manifests
const files = process.argv.slice(2);
must(files.length > 0, 'helm: rendered manifests given on the command line');
for (const file of files) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'))
    .map((d) => d.toJS())
    .filter(Boolean);
  const errors = parseAllDocuments(readFileSync(file, 'utf8')).flatMap((d) => d.errors);
  must(errors.length === 0, `${file}: YAML parses (${errors.map((e) => e.message).join('; ')})`);
  const kinds = (k) => docs.filter((d) => d.kind === k);
  for (const d of docs) {
    must(
      typeof d.apiVersion === 'string' && typeof d.kind === 'string',
      `${file}: apiVersion and kind on every object`,
    );
    must(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(d.metadata?.name ?? ''), `${file}: ${d.kind} has a DNS-1123 name`);
  }
  const [deploy] = kinds('Deployment');
  must(deploy?.apiVersion === 'apps/v1', `${file}: a Deployment (apps/v1)`);
  if (!deploy) continue;
  const spec = deploy.spec;
  const pod = spec.template.spec;
  const selector = spec.selector.matchLabels;
  must(
    Object.entries(selector).every(([k, v]) => spec.template.metadata.labels[k] === v),
    `${file}: the Deployment's selector matches its pod labels`,
  );
  must(spec.replicas >= 2, `${file}: at least two replicas`);
  must(pod.securityContext?.runAsNonRoot === true, `${file}: pods run as non-root`);
  const [c] = pod.containers;
  must(c.readinessProbe?.httpGet?.path === '/readyz', `${file}: readiness probe on /readyz`);
  must(c.livenessProbe?.httpGet?.path === '/healthz', `${file}: liveness probe on /healthz`);
  must(c.resources?.requests?.cpu && c.resources?.requests?.memory, `${file}: resource requests (cpu, memory)`);
  const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value]));
  const grace = pod.terminationGracePeriodSeconds * 1000;
  must(Number(env.SHUTDOWN_TIMEOUT_MS) < grace, `${file}: SHUTDOWN_TIMEOUT_MS below terminationGracePeriodSeconds`);
  const rp = c.readinessProbe;
  must(
    Number(env.SHUTDOWN_READINESS_DELAY_MS) >= rp.periodSeconds * rp.failureThreshold * 1000,
    `${file}: SHUTDOWN_READINESS_DELAY_MS outlasts the readiness probe (periodSeconds x failureThreshold)`,
  );
  const secretName = c.envFrom?.find((e) => e.secretRef)?.secretRef?.name;
  must(secretName, `${file}: keys and GSP credentials come from a Secret (envFrom secretRef)`);
  for (const k of ['EINVOICE_ENCRYPTION_KEY', 'EINVOICE_HASH_PEPPER', 'DATABASE_URL'])
    must(!(k in env), `${file}: ${k} is not a plain env value`);
  const secret = kinds('Secret').find((s) => s.metadata.name === secretName);
  if (secret)
    for (const k of ['DATABASE_URL', 'EINVOICE_ENCRYPTION_KEY', 'EINVOICE_HASH_PEPPER'])
      must(secret.stringData?.[k], `${file}: the Secret holds ${k}`);
  const [pdb] = kinds('PodDisruptionBudget');
  must(pdb?.apiVersion === 'policy/v1', `${file}: a PodDisruptionBudget (policy/v1)`);
  must(
    pdb && Object.entries(pdb.spec.selector.matchLabels).every(([k, v]) => selector[k] === v),
    `${file}: the PodDisruptionBudget selects the Deployment's pods`,
  );
  const [svc] = kinds('Service');
  must(
    svc && Object.entries(svc.spec.selector).every(([k, v]) => spec.template.metadata.labels[k] === v),
    `${file}: the Service selects the Deployment's pods`,
  );
  must(
    svc?.spec.ports.every((p) => c.ports.some((cp) => cp.name === p.targetPort || cp.containerPort === p.targetPort)),
    `${file}: the Service targets a container port`,
  );
}

if (problems.length) {
  console.error(`deploy/check.mjs: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`deploy/check.mjs: Dockerfile, compose.yaml and ${files.length} rendered chart(s) hold`);
