#!/usr/bin/env bash
# Runs the quickstart inside the einvoice repository, with the SDK from ../../sdks/java instead of Maven
# Central: installs it into the local Maven repository, then compiles and runs the example against that
# version. Needs EINVOICE_API_KEY (and optionally EINVOICE_BASE_URL); `pnpm test` provides both through
# ../scripts/with-sandbox.sh. Outside the repository, `mvn -q compile exec:java` is all it takes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for tool in java mvn node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool is missing (Debian: apt-get install -y openjdk-17-jdk-headless maven)" >&2; exit 1; }
done
sdk=../../sdks/java
# The SDK's version lives in its package.json shim (the release script copies it into its pom.xml).
sdk_version=$(node -p "require('$sdk/package.json').version")
# Tests, javadoc and sources jars are the release check's business (scripts/release/maven.sh), not this run's.
mvn -q -B -f "$sdk/pom.xml" install -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
mvn -q -B compile exec:java -Deinvoice.version="$sdk_version"
