#!/usr/bin/env bash
# Maven Central release check for the Java SDK, dev.einvoice:einvoice-sdk (scripts/release/check.mjs runs it;
# docs/adr/0006-package-names.md fixes the names). Never signs, never deploys anywhere but a temporary folder.
#  1. `mvn clean package` of sdks/java (tests are the test command's job) into "$RELEASE_OUT/maven/": the jar,
#     the sources jar, the javadoc jar and the POM that would be deployed;
#  2. checks them with the JDK's and Maven's own tools: javadoc ran with doclint on and reported no error or
#     warning, no javadoc tag came out mangled (a `{@` left in the rendered HTML), only dev/einvoice/** classes
#     (no stale class from an older build or package), Automatic-Module-Name dev.einvoice.sdk, META-INF/LICENSE
#     equal to the repository's LICENSE, the version (file names, pom.properties, Implementation-Version, the
#     SDK's VERSION constant) equal to sdks/java/package.json's, the POM metadata Central requires, and the
#     `release` profile (GPG signing + Central Portal plugin, pinned, resolvable) without running it;
#  3. deploys the artifacts with deploy-file into a mktemp -d repository (standing in for Central) and builds a
#     fresh Maven project outside the workspace that declares that repository, with its own empty local
#     repository (nothing goes into ~/.m2), and proves the jar it resolved is the one built here;
#  4. runs the project's Main against the sandbox at EINVOICE_BASE_URL / EINVOICE_API_KEY: registers the GSTIN,
#     creates a credential and generates an IRN for examples/curl/invoice.json under a fresh number.
# Logs go to stderr; stdout is one JSON line. Exits 1 when any problem is listed.
#   bash examples/scripts/with-sandbox.sh bash scripts/release/maven.sh
set -euo pipefail
exec 3>&1 1>&2 # everything but the final JSON line goes to stderr

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "${RELEASE_OUT:-./release-out}"
out="$(cd "${RELEASE_OUT:-./release-out}" && pwd)/maven"
sdk="$root/sdks/java"
GROUP=dev.einvoice
ARTIFACT=einvoice-sdk
MODULE=dev.einvoice.sdk
GSTIN=29AAACP7879D1Z0
INVOICE="$root/examples/curl/invoice.json"
# Plugins this script runs by coordinates (the SDK's own are pinned in its pom.xml).
HELP_PLUGIN=org.apache.maven.plugins:maven-help-plugin:3.5.2
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.11.0
DEPLOY_PLUGIN=org.apache.maven.plugins:maven-deploy-plugin:3.1.4

# Plain logs: no ANSI colour codes in the log files or in a problem line.
mvn() { command mvn -Dstyle.color=never "$@"; }

problems=()
problem() {
  local p
  p=$(printf '%s' "$1" | sed 's/\x1b\[[0-9;]*m//g') # Maven 3.8 prints colour resets even with colour off
  problems+=("$p")
  echo "maven.sh: PROBLEM: $p"
}
log() { echo "maven.sh: $*"; }
metadata=false
installed=false
first_call='not attempted'
artifacts=()
work=$(mktemp -d)
reported=false

report() {
  reported=true
  node -e '
    const [registry, files, metadata, installed, firstCall, ...problems] = process.argv.slice(1);
    const fs = require("node:fs"), path = require("node:path");
    const artifacts = files.split("\n").filter(Boolean)
      .map((f) => ({ file: path.basename(f), bytes: fs.statSync(f).size }));
    console.log(JSON.stringify({ registry, artifacts, metadata: metadata === "true", installed: installed === "true",
      first_call: firstCall, problems }));
  ' maven "$(printf '%s\n' "${artifacts[@]+"${artifacts[@]}"}")" "$metadata" "$installed" "$first_call" \
    "${problems[@]+"${problems[@]}"}" >&3
  [ "${#problems[@]}" -eq 0 ]
}
# An unexpected failure (set -e) still ends with a JSON line that says where.
on_exit() {
  status=$?
  if [ "$reported" = false ]; then
    problem "maven.sh stopped unexpectedly (exit $status) near line ${BASH_LINENO[0]:-?}"
    report || true
    status=1
  fi
  rm -rf "$work"
  exit "$status"
}
trap on_exit EXIT

for tool in java javac jar javap mvn node; do
  type -P "$tool" >/dev/null || problem "$tool is missing (Debian: apt-get install -y openjdk-17-jdk-headless maven)"
done
if [ "${#problems[@]}" -gt 0 ]; then report; exit 1; fi

version=$(node -p "require('$sdk/package.json').version")
log "dev.einvoice:einvoice-sdk $version (sdks/java/package.json)"
rm -rf "$out"
logs="$out/logs" # Maven's output of each step, for when a check fails
mkdir -p "$out" "$logs"

# ---- 1. build ------------------------------------------------------------------------------------------------
# Not -q: the log is read below for javadoc's diagnostics. `clean` first: nothing from an earlier build ships.
log "mvn clean package (jar, sources jar, javadoc jar) ..."
if ! mvn -B -f "$sdk/pom.xml" -DskipTests clean package >"$logs/build.log" 2>&1; then
  grep -E '\[ERROR\]' "$logs/build.log" | head -n 30
  first=$(grep -E '\[ERROR\] .*(error:|Failed to execute)' "$logs/build.log" | head -n 1 | cut -c1-300)
  problem "mvn package failed: ${first:-see $logs/build.log}"
fi
# javadoc prints `File.java:12: error: ...` / `: warning: ...` (the compiler's own format is `File.java:[12,3]`).
javadoc_diag=$(grep -E '\.java:[0-9]+: (error|warning):' "$logs/build.log" || true)
if [ -n "$javadoc_diag" ]; then
  printf '%s\n' "$javadoc_diag" | head -n 20
  problem "javadoc: $(printf '%s\n' "$javadoc_diag" | grep -c 'error:') errors and $(printf '%s\n' "$javadoc_diag" | grep -c 'warning:') warnings, first: $(printf '%s\n' "$javadoc_diag" | head -n 1 | sed 's/^\[[A-Z]*\] //; s#.*/src/main/java/##' | cut -c1-200)"
fi

jar_file="$sdk/target/$ARTIFACT-$version.jar"
for kind in '' -sources -javadoc; do
  f="$sdk/target/$ARTIFACT-$version$kind.jar"
  if [ -f "$f" ]; then
    cp "$f" "$out/"
    artifacts+=("$out/$(basename "$f")")
  else
    problem "missing artifact $ARTIFACT-$version$kind.jar (not built, or built with another version than package.json's $version)"
  fi
done
# The POM that would be deployed is sdks/java/pom.xml itself (no parent): Central reads its metadata.
cp "$sdk/pom.xml" "$out/$ARTIFACT-$version.pom"
artifacts+=("$out/$ARTIFACT-$version.pom")

# ---- 2. check the artifacts ------------------------------------------------------------------------------------
x="$work/x"
if [ -f "$out/$ARTIFACT-$version.jar" ]; then
  mkdir -p "$x/jar" && (cd "$x/jar" && jar xf "$out/$ARTIFACT-$version.jar")
  # Contents: classes only under dev/einvoice/ (a class from another package is stale output or a wrong move).
  strays=$(jar tf "$out/$ARTIFACT-$version.jar" | grep -vE '^(META-INF/|dev/$|dev/einvoice/)' || true)
  [ -z "$strays" ] || problem "the jar holds entries outside dev/einvoice/ and META-INF/: $(printf '%s ' $strays | cut -c1-200)"
  jar tf "$out/$ARTIFACT-$version.jar" | grep -qx 'dev/einvoice/EinvoiceClient.class' \
    || problem "the jar has no dev/einvoice/EinvoiceClient.class"
  # Manifest.
  manifest="$x/jar/META-INF/MANIFEST.MF"
  mf() { tr -d '\r' <"$manifest" | sed -n "s/^$1: //p"; }
  [ "$(mf Automatic-Module-Name)" = "$MODULE" ] \
    || problem "MANIFEST.MF Automatic-Module-Name is '$(mf Automatic-Module-Name)', expected $MODULE"
  [ "$(mf Implementation-Version)" = "$version" ] \
    || problem "MANIFEST.MF Implementation-Version is '$(mf Implementation-Version)', package.json says $version"
  # LICENSE, copied from the repository root at build time.
  if [ ! -f "$x/jar/META-INF/LICENSE" ]; then
    problem "the jar has no META-INF/LICENSE"
  elif ! cmp -s "$x/jar/META-INF/LICENSE" "$root/LICENSE"; then
    problem "the jar's META-INF/LICENSE differs from the repository's LICENSE"
  fi
  # Versions inside: pom.properties (what Maven tools read) and the SDK's VERSION constant (the User-Agent).
  props="$x/jar/META-INF/maven/$GROUP/$ARTIFACT/pom.properties"
  if [ -f "$props" ]; then
    pv=$(tr -d '\r' <"$props" | sed -n 's/^version=//p')
    [ "$pv" = "$version" ] || problem "pom.properties in the jar says version $pv, package.json says $version"
  else
    problem "the jar has no META-INF/maven/$GROUP/$ARTIFACT/pom.properties (wrong coordinates?)"
  fi
  cv=$(javap -constants -cp "$out/$ARTIFACT-$version.jar" dev.einvoice.core.HttpEngine 2>/dev/null \
    | sed -n 's/.*String VERSION = "\([^"]*\)";.*/\1/p')
  [ "$cv" = "$version" ] || problem "dev.einvoice.core.HttpEngine.VERSION is '$cv', package.json says $version"
fi
if [ -f "$out/$ARTIFACT-$version-sources.jar" ]; then
  mkdir -p "$x/src" && (cd "$x/src" && jar xf "$out/$ARTIFACT-$version-sources.jar")
  [ -f "$x/src/dev/einvoice/EinvoiceClient.java" ] || problem "the sources jar has no dev/einvoice/EinvoiceClient.java"
  [ -f "$x/src/META-INF/LICENSE" ] || problem "the sources jar has no META-INF/LICENSE"
  # A javadoc tag the generator escaped into text, e.g. {{@literal @}link X} (renders as "{@link X}").
  mangled=$(grep -rlF '{{@literal @}' "$x/src" || true)
  [ -z "$mangled" ] || problem "mangled javadoc tags ({{@literal @}...) in $(printf '%s\n' "$mangled" | wc -l) source files, e.g. ${mangled%%$'\n'*#"$x/src/"}"
fi
if [ -f "$out/$ARTIFACT-$version-javadoc.jar" ]; then
  mkdir -p "$x/doc" && (cd "$x/doc" && jar xf "$out/$ARTIFACT-$version-javadoc.jar")
  [ -n "$(find "$x/doc" -path '*/dev/einvoice/EinvoiceClient.html')" ] || problem "the javadoc jar has no page for dev.einvoice.EinvoiceClient"
  raw_tags=$(grep -rlF --include='*.html' '{@' "$x/doc" || true)
  [ -z "$raw_tags" ] || problem "javadoc HTML shows raw tags ({@...) in $(printf '%s\n' "$raw_tags" | wc -l) pages, e.g. ${raw_tags%%$'\n'*#"$x/doc/"}"
fi

# The POM: the deployed one (sdks/java/pom.xml) for Central's required metadata; the effective POM with the
# release profile for the build and release plugins. Read with the JDK's XML parser (a single-file program).
cat >"$work/PomCheck.java" <<'JAVA'
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Prints one problem per line: Central's required POM metadata, and the release profile's plugins. */
public class PomCheck {
  static XPath xp = XPathFactory.newInstance().newXPath();
  static List<String> problems = new ArrayList<>();

  static String text(Document d, String path) throws Exception {
    return ((String) xp.evaluate(path, d, XPathConstants.STRING)).trim();
  }

  static void require(Document d, String path, String what) throws Exception {
    if (text(d, path).isEmpty()) problems.add("the POM has no " + what + " (" + path + ")");
  }

  static void equal(Document d, String path, String expected) throws Exception {
    String got = text(d, path);
    if (!got.equals(expected)) problems.add("the POM's " + path + " is '" + got + "', expected '" + expected + "'");
  }

  static String plugin(String artifactId) {
    return "/project/build/plugins/plugin[artifactId='" + artifactId + "']";
  }

  /** A plugin the effective POM must carry with a fixed version and the given goal. */
  static void pinned(Document d, String groupId, String artifactId, String goal, String why) throws Exception {
    String p = plugin(artifactId);
    if (((NodeList) xp.evaluate(p, d, XPathConstants.NODESET)).getLength() == 0) {
      problems.add("the " + why + " plugin " + groupId + ":" + artifactId + " is missing");
      return;
    }
    String g = text(d, p + "/groupId"); // the effective POM leaves out the default org.apache.maven.plugins
    if (!(g.isEmpty() ? "org.apache.maven.plugins" : g).equals(groupId))
      problems.add(artifactId + " has groupId '" + g + "', expected " + groupId);
    String v = text(d, p + "/version");
    if (!v.matches("\\d+(\\.\\d+)+")) problems.add(artifactId + " is not pinned to a release version: '" + v + "'");
    if (goal != null && text(d, p + "/executions/execution/goals/goal[.='" + goal + "']").isEmpty())
      problems.add(artifactId + " has no execution of its " + goal + " goal");
  }

  public static void main(String[] args) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance(); // not namespace-aware: plain paths match
    Document raw = f.newDocumentBuilder().parse(new File(args[0]));
    Document eff = f.newDocumentBuilder().parse(new File(args[1]));
    String group = args[2], artifact = args[3], version = args[4], module = args[5];

    // What Central requires of the deployed POM (no parent here, so nothing may come from one).
    if (!text(raw, "/project/parent/artifactId").isEmpty()) problems.add("the POM has a parent: Central needs it published too");
    equal(raw, "/project/groupId", group);
    equal(raw, "/project/artifactId", artifact);
    equal(raw, "/project/version", version);
    require(raw, "/project/name", "name");
    require(raw, "/project/description", "description");
    require(raw, "/project/url", "url");
    require(raw, "/project/licenses/license/name", "license name");
    require(raw, "/project/licenses/license/url", "license url");
    require(raw, "/project/developers/developer/name", "developer name");
    require(raw, "/project/developers/developer/email", "developer email");
    require(raw, "/project/scm/url", "scm url");
    require(raw, "/project/scm/connection", "scm connection");
    require(raw, "/project/scm/developerConnection", "scm developerConnection");
    require(raw, "/project/issueManagement/url", "issueManagement url");
    String license = text(raw, "/project/licenses/license/name");
    if (!license.isEmpty() && !license.contains("Apache")) problems.add("the POM's license is '" + license + "', expected Apache-2.0");

    // The build: sources + javadoc jars, doclint on and strict, the module name.
    pinned(eff, "org.apache.maven.plugins", "maven-source-plugin", "jar-no-fork", "sources jar");
    pinned(eff, "org.apache.maven.plugins", "maven-javadoc-plugin", "jar", "javadoc jar");
    String jd = plugin("maven-javadoc-plugin") + "/configuration/";
    String doclint = text(eff, jd + "doclint");
    if (doclint.isEmpty() || doclint.contains("none")) problems.add("javadoc doclint is off ('" + doclint + "')");
    if (text(eff, jd + "failOnError").equals("false")) problems.add("javadoc failOnError is false");
    if (!text(eff, jd + "failOnWarnings").equals("true")) problems.add("javadoc failOnWarnings is not true");
    equal(eff, plugin("maven-jar-plugin") + "/configuration/archive/manifestEntries/Automatic-Module-Name", module);

    // The release profile (active in the effective POM): GPG signing and the Central Portal plugin, pinned.
    pinned(eff, "org.apache.maven.plugins", "maven-gpg-plugin", "sign", "release profile's signing");
    pinned(eff, "org.sonatype.central", "central-publishing-maven-plugin", null, "release profile's Central Portal");
    equal(eff, plugin("central-publishing-maven-plugin") + "/extensions", "true");
    require(eff, plugin("central-publishing-maven-plugin") + "/configuration/publishingServerId", "publishingServerId for the Central Portal plugin");

    for (String p : problems) System.out.println(p);
  }
}
JAVA
log "effective POM with -P release ..."
if mvn -B -q -f "$sdk/pom.xml" -P release "$HELP_PLUGIN:effective-pom" -Doutput="$work/effective-pom.xml" \
  >"$logs/effective-pom.log" 2>&1; then
  before=${#problems[@]}
  while IFS= read -r line; do [ -n "$line" ] && problem "$line"; done \
    < <(java "$work/PomCheck.java" "$out/$ARTIFACT-$version.pom" "$work/effective-pom.xml" \
      "$GROUP" "$ARTIFACT" "$version" "$MODULE" 2>&1 || echo "PomCheck.java failed")
  [ "${#problems[@]}" -eq "$before" ] && metadata=true
else
  problem "mvn -P release help:effective-pom failed: $(grep -m1 '\[ERROR\]' "$logs/effective-pom.log" | cut -c1-300)"
fi
# Resolves every plugin of the release profile from Central (signing and publishing are never run here).
log "resolving the release profile's plugins ..."
if mvn -B -f "$sdk/pom.xml" -P release "$DEPENDENCY_PLUGIN:resolve-plugins" -DexcludeTransitive=true \
  -DoutputFile="$work/plugins.txt" >"$logs/release-plugins.log" 2>&1; then
  for p in org.apache.maven.plugins:maven-gpg-plugin org.sonatype.central:central-publishing-maven-plugin; do
    grep -q "$p:jar:" "$work/plugins.txt" || { problem "the release profile's $p did not resolve"; metadata=false; }
  done
else
  problem "the release profile's plugins do not resolve: $(grep -m1 '\[ERROR\]' "$logs/release-plugins.log" | cut -c1-300)"
  metadata=false
fi

# ---- 3. deploy to a temporary repository, install in a fresh project --------------------------------------------
repo="$work/repo"   # stands in for Maven Central
proj="$work/project"
local_repo="$work/m2" # the fresh project's own local repository: ~/.m2 stays untouched and cannot mask anything
mkdir -p "$repo" "$proj/src/main/java/com/example"
if [ -f "$out/$ARTIFACT-$version.jar" ] && [ -f "$out/$ARTIFACT-$version-sources.jar" ] &&
  [ -f "$out/$ARTIFACT-$version-javadoc.jar" ]; then
  log "deploy-file into $repo ..."
  # deploy-file caches the repository's metadata in a local repository: the fresh project's, not ~/.m2.
  if (cd "$work" && mvn -B -q -Dmaven.repo.local="$local_repo" "$DEPLOY_PLUGIN:deploy-file" -Dfile="$out/$ARTIFACT-$version.jar" \
    -DpomFile="$out/$ARTIFACT-$version.pom" -Dsources="$out/$ARTIFACT-$version-sources.jar" \
    -Djavadoc="$out/$ARTIFACT-$version-javadoc.jar" -DrepositoryId=release-check -Durl="file://$repo") \
    >"$logs/deploy-file.log" 2>&1; then
    cat >"$proj/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>einvoice-release-check</artifactId>
  <version>1.0.0</version>
  <properties>
    <!-- The SDK's floor: a Java 11 project uses it as published. -->
    <maven.compiler.release>11</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <repositories>
    <!-- A temporary repository standing in for Maven Central (Central itself still serves Jackson). -->
    <repository>
      <id>release-check</id>
      <url>file://$repo</url>
      <releases><enabled>true</enabled><checksumPolicy>fail</checksumPolicy></releases>
      <snapshots><enabled>false</enabled></snapshots>
    </repository>
  </repositories>
  <dependencies>
    <dependency>
      <groupId>$GROUP</groupId>
      <artifactId>$ARTIFACT</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
      <plugin>
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>exec-maven-plugin</artifactId>
        <version>3.5.0</version>
        <configuration>
          <mainClass>com.example.Main</mainClass>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
    cat >"$proj/src/main/java/com/example/Main.java" <<'JAVA'
package com.example;

import dev.einvoice.EinvoiceClient;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.core.errors.ApiException;
import dev.einvoice.core.errors.ConflictException;
import dev.einvoice.models.CreateCredentialRequest;
import dev.einvoice.models.CredentialWithSecret;
import dev.einvoice.models.DocumentStatus;
import dev.einvoice.models.Invoice;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.RegisterGstinRequest;
import dev.einvoice.models.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** First call with the installed SDK: register the GSTIN, create a credential, generate an IRN. */
public final class Main {
  public static void main(String[] args) throws Exception {
    String gstin = args[1];
    try {
      EinvoiceClient admin = EinvoiceClient.builder().build(); // EINVOICE_BASE_URL and EINVOICE_API_KEY
      try {
        admin.gstins().register(RegisterGstinRequest.builder()
            .gstin(gstin).irpUsername("release-check").irpPassword("sandbox").build());
      } catch (ConflictException e) {
        if (!"gstin_exists".equals(e.code())) throw e;
      }
      CredentialWithSecret cred = admin.credentials().create(gstin, CreateCredentialRequest.builder()
          .name("maven-release-check").scopes(List.of(Scope.IRN_WRITE, Scope.READ)).build());
      EinvoiceClient client = EinvoiceClient.builder()
          .apiKey(null).credentials(cred.clientId(), cred.clientSecret()).build();

      Invoice invoice = Invoice.fromJson(Files.readString(Path.of(args[0])));
      String no = "MVN" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(); // 11 characters
      String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      invoice = invoice.toBuilder().docDtls(invoice.docDtls().toBuilder().no(no).dt(today).build()).build();

      IrnDocument doc = client.irn().generate(invoice, RequestOptions.builder().waitSeconds(10).build());
      if (!DocumentStatus.GENERATED.equals(doc.status()) || doc.irn().isEmpty()) {
        System.out.println("error: status " + doc.status() + " " + doc.gstnErrors().orElse(List.of()));
        System.exit(1);
      }
      System.out.println(doc.irn().get());
    } catch (ApiException e) {
      System.out.println("error: " + e.statusCode() + " " + e.code() + " " + e.getMessage());
      System.exit(1);
    }
  }
}
JAVA
    log "fresh project in $proj: mvn compile exec:java (local repository $local_repo) ..."
    if (cd "$proj" && mvn -B -q -Dmaven.repo.local="$local_repo" compile exec:java \
      -Dexec.args="$INVOICE $GSTIN" >"$work/run.out" 2>"$work/run.err"); then
      first_call=$(sed 's/\x1b\[[0-9;]*m//g' "$work/run.out" | grep -v '^[[:space:]]*$' | tail -n 1 || true)
      [[ "$first_call" =~ ^[0-9a-f]{64}$ ]] || problem "the first call printed '$first_call', not a 64-hex IRN"
    else
      cat "$work/run.out" "$work/run.err" | tail -n 30
      first_call=$(grep -m1 '^error: ' "$work/run.out" || grep -m1 '\[ERROR\]' "$work/run.err" || echo 'error: see the log')
      first_call=${first_call:0:300}
      problem "the fresh project failed: $first_call"
    fi
    resolved="$local_repo/dev/einvoice/$ARTIFACT/$version/$ARTIFACT-$version.jar"
    if [ -f "$resolved" ] && cmp -s "$resolved" "$out/$ARTIFACT-$version.jar"; then
      installed=true
    else
      problem "the fresh project did not resolve the jar built here from the temporary repository"
    fi
  else
    grep '\[ERROR\]' "$logs/deploy-file.log" | head -n 20
    problem "deploy-file into the temporary repository failed: $(grep -m1 '\[ERROR\]' "$logs/deploy-file.log" | cut -c1-300)"
  fi
fi

report
