// google-java-format is the formatter every Java file of the SDK must pass (`spotless:check` in sdks/java's
// `pnpm lint`), as gofmt is for Go and ruff for Python. The generated files go through the same version with
// the same options as sdks/java/pom.xml's Spotless step, so the check passes on them as they are written.
// One JVM for all the files of a generation: they are written to a temp dir, formatted in place, read back.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from './common.js';

/** Keep equal to the `googleJavaFormat` version in sdks/java/pom.xml. */
export const GOOGLE_JAVA_FORMAT_VERSION = '1.28.0';
const ARTIFACT = `com.google.googlejavaformat:google-java-format:${GOOGLE_JAVA_FORMAT_VERSION}:jar:all-deps`;
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.11.0';
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TOOLS = join(REPO_ROOT, '.tools'); // git-ignored, like actionlint (scripts/lint-workflows.sh)
const JAR = join(TOOLS, `google-java-format-${GOOGLE_JAVA_FORMAT_VERSION}-all-deps.jar`);

/** google-java-format parses with javac's internal API, which Java 16+ only opens to code that asks. */
const JVM_FLAGS = ['api', 'code', 'file', 'parser', 'tree', 'util'].map(
  (pkg) => `--add-exports=jdk.compiler/com.sun.tools.javac.${pkg}=ALL-UNNAMED`,
);

const onPath = (tool: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** The all-deps jar, fetched from Maven Central into .tools/ on first use (Maven is needed only then). */
function formatterJar(): string {
  const missing = (existsSync(JAR) ? ['java'] : ['java', 'mvn']).filter((t) => !onPath(t));
  if (missing.length)
    throw new Error(
      `codegen formats the Java SDK with google-java-format and needs ${missing.join(' and ')} on PATH ` +
        '(Debian: apt-get install -y openjdk-17-jdk-headless maven)',
    );
  if (existsSync(JAR)) return JAR;
  // Into a fresh folder, then renamed: a generation running at the same time never reads half a jar.
  mkdirSync(TOOLS, { recursive: true });
  const staging = mkdtempSync(join(TOOLS, 'google-java-format-'));
  try {
    execFileSync(
      'mvn',
      ['-q', '-B', `${DEPENDENCY_PLUGIN}:copy`, `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${staging}`],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    renameSync(join(staging, `google-java-format-${GOOGLE_JAVA_FORMAT_VERSION}-all-deps.jar`), JAR);
  } catch (e) {
    const out = (e as { stdout?: Buffer }).stdout?.toString() ?? ''; // Maven prints its errors on stdout
    throw new Error(`could not fetch ${ARTIFACT} with Maven: ${`${(e as Error).message}\n${out}`.slice(0, 2000)}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return JAR;
}

/**
 * The files formatted as `mvn spotless:apply` would: code, javadoc, long strings reflowed, imports sorted and
 * unused ones removed (all google-java-format's defaults).
 */
export function googleJavaFormat(files: GeneratedFile[]): GeneratedFile[] {
  if (!files.length) return files;
  const jar = formatterJar();
  const dir = mkdtempSync(join(tmpdir(), 'codegen-java-'));
  try {
    const paths = files.map((f) => join(dir, f.path));
    files.forEach((f, i) => {
      mkdirSync(dirname(paths[i]!), { recursive: true });
      writeFileSync(paths[i]!, f.contents);
    });
    execFileSync('java', [...JVM_FLAGS, '-jar', jar, '--replace', ...paths], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return files.map((f, i) => ({ path: f.path, contents: readFileSync(paths[i]!, 'utf8') }));
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`google-java-format failed: ${(stderr || (e as Error).message).slice(0, 2000)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
