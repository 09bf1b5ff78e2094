#!/usr/bin/env bash
# Packagist release check (scripts/release/check.mjs runs it; docs/adr/0006-package-names.md fixes the name
# einvoice/sdk, namespace Einvoice\, served from the read-only split repository einvoice-dev/einvoice-php).
#  1. builds what Composer users download: the working tree's sdks/php (and the root LICENSE) is committed into
#     a throw-away clone, split there by php-split.sh (branch php-split, tag vX.Y.Z = split + LICENSE), and the
#     tag is archived with `git archive`, exactly as GitHub builds the zipball Packagist points Composer at
#     (sdks/php/.gitattributes export-ignore applies). Into "$RELEASE_OUT/packagist/": einvoice-sdk-X.Y.Z.zip and
#     packages.json, the metadata Packagist would serve for it (a Composer repository);
#  2. checks them: `composer validate --strict` (when Composer is installed) and php checks of composer.json
#     (name, description, type, license, authors, homepage, support, keywords, requirements, PSR-4 autoload, no
#     "version"), LICENSE in the archive and equal to the root one, no tests/phpunit/package.json/scripts, the
#     VERSION constant equal to sdks/php/package.json, every file parsing on PHP 8.2 and declaring the class
#     its PSR-4 path promises;
#  3. installs it in a fresh project outside the workspace: with Composer (`composer install` from that
#     repository only, packagist.org disabled), else by unpacking it under vendor/einvoice/sdk and writing the
#     PSR-4 vendor/autoload.php Composer would write from the package's autoload section (COMPOSER_BIN= forces
#     this path); with Composer, examples/php copied out installs it too;
#  4. generates an IRN with the installed package against the sandbox at EINVOICE_BASE_URL / EINVOICE_API_KEY.
# Logs go to stderr; stdout is one JSON line. Exits 1 when any problem is listed.
#   bash examples/scripts/with-sandbox.sh bash scripts/release/packagist.sh
set -euo pipefail
exec 3>&1 1>&2 # everything but the final JSON line goes to stderr

PACKAGE=einvoice/sdk
SPLIT_REPO=https://github.com/einvoice-dev/einvoice-php
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "${RELEASE_OUT:-./release-out}"
out="$(cd "${RELEASE_OUT:-./release-out}" && pwd)/packagist"
work=$(mktemp -d)

problems=()
artifacts=()
metadata=false
installed=false
first_call="not attempted"
problem() { problems+=("$*"); echo "packagist.sh: PROBLEM: $*"; }
report() {
  local status=$?
  [ "$status" -ne 0 ] && [ ${#problems[@]} -eq 0 ] && problem "packagist.sh stopped unexpectedly (exit $status)"
  rm -rf "$work"
  node -e '
    const [metadata, installed, firstCall, a, p] = process.argv.slice(1);
    const lines = (s) => s.split("\n").filter(Boolean);
    const artifacts = lines(a).map((l) => { const [file, bytes] = l.split("\t"); return { file, bytes: Number(bytes) }; });
    console.log(JSON.stringify({ registry: "packagist", artifacts, metadata: metadata === "true", installed: installed === "true",
      first_call: firstCall, problems: lines(p) }));
  ' "$metadata" "$installed" "$first_call" "$(printf '%s\n' "${artifacts[@]}")" "$(printf '%s\n' "${problems[@]}")" >&3
  [ ${#problems[@]} -eq 0 ] || exit 1
  exit 0
}
trap report EXIT
trap 'problem "unexpected failure (exit $?) at packagist.sh line $LINENO: $BASH_COMMAND"' ERR

composer=${COMPOSER_BIN-$(command -v composer || true)}
export COMPOSER_HOME="$work/composer-home" COMPOSER_CACHE_DIR="$work/composer-cache" COMPOSER_NO_INTERACTION=1
export COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_DISABLE_XDEBUG_WARN=1 COMPOSER_NO_AUDIT=1
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
version=$(node -p "require('$root/sdks/php/package.json').version")
tag="v$version"
echo "packagist.sh: $PACKAGE $version (composer: ${composer:-not installed, using the PSR-4 fallback})"
rm -rf "$out"
mkdir -p "$out"

# 1. Snapshot the working tree's sdks/php and LICENSE on top of HEAD, in a clone (objects shared read-only with
# this repository, which gets no new object, ref or index entry), check it out and split it as a release does.
head=$(git -C "$root" rev-parse HEAD)
clone="$work/einvoice"
git clone -q --no-checkout --shared "$root" "$clone"
snapshot() { GIT_INDEX_FILE="$work/index" git --git-dir="$clone/.git" --work-tree="$root" "$@"; }
snapshot read-tree "$head"
snapshot add -A -- sdks/php LICENSE
export GIT_AUTHOR_NAME="einvoice release check" GIT_AUTHOR_EMAIL=maintainers@einvoice.dev
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
commit=$(git -C "$clone" commit-tree "$(snapshot write-tree)" -p "$head" -m "release check: working tree of $head")
git -C "$clone" checkout -q --detach "$commit"
git -C "$root" diff --quiet "$head" -- sdks/php LICENSE && [ -z "$(git -C "$root" ls-files -o --exclude-standard -- sdks/php)" ] ||
  echo "packagist.sh: note: sdks/php has uncommitted changes; checking the working tree, not HEAD"
if ! split_log=$(bash "$root/scripts/release/php-split.sh" --repo "$clone" 2>&1); then
  problem "$(echo "$split_log" | tail -n 1)"
  exit 1
fi
echo "$split_log"
release=$(git -C "$clone" rev-parse "$tag^{commit}")
top="einvoice-dev-einvoice-php-${release:0:7}" # GitHub's zipball prefix: owner-repo-shortsha/
zip="$out/einvoice-sdk-$version.zip"
git -C "$clone" archive --format=zip --prefix="$top/" -o "$zip" "$tag"
artifacts+=("$(printf '%s\t%s' "$(basename "$zip")" "$(stat -c %s "$zip")")")
echo "packagist.sh: built $(basename "$zip"), $(stat -c %s "$zip") bytes, from $tag = ${release:0:12}"

# 2. Metadata and contents.
meta_ok=true
bad() { meta_ok=false; problem "$@"; }
entries=$(unzip -Z1 "$zip")
tops=$(cut -d/ -f1 <<<"$entries" | sort -u)
[ "$tops" = "$top" ] || bad "the archive has more than one top-level directory: $(tr '\n' ' ' <<<"$tops")"
for f in composer.json LICENSE README.md init.php src/Client.php src/Core/Engine.php; do
  grep -qx -F "$top/$f" <<<"$entries" || bad "the archive lacks $f"
done
leaked=$(grep -E "^$top/(tests/|phpunit\.xml|package\.json|scripts/|\.gitattributes|node_modules/|\.turbo/|vendor/|composer\.lock)" <<<"$entries" || true)
[ -z "$leaked" ] || bad "the archive carries development files (export-ignore them in sdks/php/.gitattributes): $(head -n 4 <<<"$leaked" | tr '\n' ' ')"
unpacked="$work/unpacked"
mkdir -p "$unpacked"
(cd "$unpacked" && unzip -q "$zip")
pkg="$unpacked/$top"
if [ -f "$pkg/LICENSE" ] && ! { cmp -s "$pkg/LICENSE" "$root/LICENSE" && grep -q 'Apache License' "$pkg/LICENSE" && grep -q 'Version 2.0' "$pkg/LICENSE"; }; then
  bad "the archive's LICENSE is not the repository's Apache-2.0 LICENSE"
fi
constant=$(sed -n "s/.*public const VERSION = '\([^']*\)';.*/\1/p" "$pkg/src/Core/Engine.php" 2>/dev/null || true)
[ "$constant" = "$version" ] || bad "src/Core/Engine.php in the archive says VERSION = '$constant', sdks/php/package.json says $version"

# composer.json as Packagist reads it, and every source file as PHP 8.2 and the PSR-4 autoloader see it.
cat >"$work/check.php" <<'PHP'
<?php
// argv: package dir. Prints one problem per line; exit 0 either way.
$dir = $argv[1];
$p = [];
try {
    $c = json_decode((string) file_get_contents("$dir/composer.json"), true, 512, JSON_THROW_ON_ERROR);
} catch (Throwable $e) {
    echo "composer.json does not parse: {$e->getMessage()}\n";
    exit(0);
}
$want = [
    'name' => 'einvoice/sdk', 'type' => 'library', 'license' => 'Apache-2.0', 'homepage' => 'https://einvoice.dev',
];
foreach ($want as $k => $v) {
    if (($c[$k] ?? null) !== $v) $p[] = "composer.json \"$k\" is " . json_encode($c[$k] ?? null) . ", expected " . json_encode($v);
}
if (!preg_match('{^[a-z0-9]([_.-]?[a-z0-9]+)*/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$}D', (string) ($c['name'] ?? ''))) $p[] = 'composer.json "name" is not a valid Packagist name';
if (strlen(trim((string) ($c['description'] ?? ''))) < 20) $p[] = 'composer.json has no useful "description"';
if (isset($c['version'])) $p[] = 'composer.json has "version": Packagist takes versions from tags, and skips a tag whose composer.json disagrees';
$authors = $c['authors'] ?? [];
if (!$authors || array_filter($authors, fn ($a) => empty($a['name']) || empty($a['email']))) $p[] = 'composer.json "authors" needs a name and an email each';
foreach (['issues', 'source', 'docs'] as $k) {
    if (!preg_match('{^https://}', (string) ($c['support'][$k] ?? ''))) $p[] = "composer.json has no https \"support.$k\"";
}
if (count($c['keywords'] ?? []) < 3) $p[] = 'composer.json has fewer than 3 "keywords"';
$req = $c['require'] ?? [];
if (($req['php'] ?? null) !== '>=8.2') $p[] = 'composer.json "require.php" is ' . json_encode($req['php'] ?? null) . ', expected ">=8.2"';
foreach (['ext-curl', 'ext-json', 'ext-ctype'] as $ext) {
    if (!isset($req[$ext])) $p[] = "composer.json does not require $ext";
}
foreach (array_keys($req) as $r) {
    if ($r !== 'php' && !str_starts_with($r, 'ext-')) $p[] = "composer.json requires the package $r (the SDK has no dependencies)";
}
if (($c['require-dev']['phpunit/phpunit'] ?? null) !== '^9.6') $p[] = 'composer.json "require-dev" lacks phpunit/phpunit ^9.6';
$psr4 = $c['autoload']['psr-4'] ?? [];
if (($psr4['Einvoice\\'] ?? null) !== 'src/') $p[] = 'composer.json "autoload.psr-4" does not map Einvoice\\ to src/';
if (array_diff(array_keys($c['autoload'] ?? []), ['psr-4'])) $p[] = 'composer.json "autoload" has more than psr-4 (the fallback loader and init.php only do psr-4)';
if (($c['autoload-dev']['psr-4']['Einvoice\\Tests\\'] ?? null) !== 'tests/') $p[] = 'composer.json "autoload-dev" does not map Einvoice\\Tests\\ to tests/';

// Every PHP file parses (PHP 8.2, the minimum we declare, runs this) and every file under a PSR-4 root declares
// the class-like its path promises, as `composer dump-autoload --strict-psr` demands.
$files = 0;
foreach ($psr4 as $prefix => $base) {
    $rootDir = rtrim("$dir/$base", '/');
    if (!is_dir($rootDir)) { $p[] = "autoload root $base is not in the archive"; continue; }
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($rootDir, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        if ($f->getExtension() !== 'php') continue;
        $files++;
        $rel = substr($f->getPathname(), strlen($rootDir) + 1, -4);
        $fqcn = $prefix . str_replace('/', '\\', $rel);
        $code = (string) file_get_contents($f->getPathname());
        try {
            $tokens = PhpToken::tokenize($code, TOKEN_PARSE);
        } catch (ParseError $e) {
            $p[] = "$base$rel.php does not parse: {$e->getMessage()} (line {$e->getLine()})";
            continue;
        }
        $ns = '';
        $declared = [];
        for ($i = 0, $n = count($tokens); $i < $n; $i++) {
            $t = $tokens[$i];
            if ($t->is(T_NAMESPACE)) {
                for ($j = $i + 1; $j < $n && $tokens[$j]->is([T_WHITESPACE]); $j++);
                $ns = $tokens[$j]->text;
            } elseif ($t->is([T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM])) {
                for ($k = $i - 1; $k >= 0 && $tokens[$k]->is([T_WHITESPACE, T_COMMENT, T_DOC_COMMENT]); $k--);
                if ($k >= 0 && $tokens[$k]->is([T_DOUBLE_COLON, T_NEW])) continue; // Foo::class, new class
                for ($j = $i + 1; $j < $n && $tokens[$j]->is([T_WHITESPACE]); $j++);
                if ($tokens[$j]->is(T_STRING)) $declared[] = ltrim("$ns\\{$tokens[$j]->text}", '\\');
            }
        }
        if (!in_array($fqcn, $declared, true)) $p[] = "$base$rel.php should declare $fqcn (PSR-4), declares " . (implode(', ', $declared) ?: 'nothing');
    }
}
foreach (['init.php'] as $f) {
    try { PhpToken::tokenize((string) file_get_contents("$dir/$f"), TOKEN_PARSE); } catch (ParseError $e) { $p[] = "$f does not parse: {$e->getMessage()}"; }
}
if ($files < 10) $p[] = "only $files PHP files under the autoload roots";
fwrite(STDERR, "packagist.sh: composer.json checked, $files PSR-4 files parse and declare their class\n");
echo implode("\n", $p), $p ? "\n" : '';
PHP
while IFS= read -r line; do [ -n "$line" ] && bad "$line"; done < <(php "$work/check.php" "$pkg")
if [ -n "$composer" ]; then
  (cd "$pkg" && "$composer" validate --strict --no-check-lock) || bad "composer validate --strict fails on the archive's composer.json"
fi

# The Composer repository Packagist would serve for this version: composer.json of the tag, plus the version
# (from the tag) and where to get it (dist: the archive; source: the split repository at the tag's commit).
php -r '
  [, $json, $version, $zip, $ref, $vcs, $dest] = $argv;
  $c = json_decode(file_get_contents($json), true, 512, JSON_THROW_ON_ERROR);
  $c["version"] = $version;
  $c["dist"] = ["type" => "zip", "url" => "file://" . $zip, "reference" => $ref, "shasum" => sha1_file($zip)];
  $c["source"] = ["type" => "git", "url" => $vcs . ".git", "reference" => $ref];
  file_put_contents($dest, json_encode(["packages" => [$c["name"] => [$version => $c]]], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
' "$pkg/composer.json" "$version" "$zip" "$release" "$SPLIT_REPO" "$out/packages.json"

# 3. Install as a user does, in a fresh project outside the workspace; the repository above is the only source.
project="$work/user-project" # $work is a mktemp -d, outside the workspace
mkdir -p "$project"
case "$project/" in "$root/"*) problem "the test project $project is inside the workspace"; exit 1 ;; esac
cd "$project"
install_ok=true
if [ -n "$composer" ]; then
  cat >composer.json <<EOF
{
    "name": "example/einvoice-release-check",
    "type": "project",
    "require": { "$PACKAGE": "^$version" },
    "repositories": [
        { "type": "composer", "url": "file://$out" },
        { "packagist.org": false }
    ],
    "config": { "preferred-install": "dist" }
}
EOF
  if ! "$composer" install --no-progress; then
    install_ok=false
    problem "composer install of $PACKAGE $version from the local repository failed"
  else
    got=$("$composer" show --format=json "$PACKAGE" | php -r 'echo json_decode(stream_get_contents(STDIN), true)["versions"][0] ?? "";')
    [ "$got" = "$version" ] || { install_ok=false; problem "composer installed $PACKAGE '$got', expected $version"; }
  fi
else
  echo "packagist.sh: no composer: unpacking into vendor/$PACKAGE and writing vendor/autoload.php as Composer would"
  mkdir -p "vendor/$PACKAGE"
  cp -a "$pkg/." "vendor/$PACKAGE/"
  # Composer's platform check, then its PSR-4 loader, from the installed package's own composer.json.
  php -r '
    [, $pkgDir, $dest] = $argv;
    $c = json_decode(file_get_contents("$pkgDir/composer.json"), true, 512, JSON_THROW_ON_ERROR);
    $rel = substr($pkgDir, strlen(dirname($dest)) + 1);
    $code = "<?php\n// vendor/autoload.php as Composer writes it for this package (platform check + PSR-4).\n";
    foreach ($c["require"] ?? [] as $req => $constraint) {
        if ($req === "php") {
            $min = ltrim($constraint, ">=");
            $code .= "if (PHP_VERSION_ID < " . var_export((int) vsprintf("%d%02d%02d", array_pad(explode(".", $min), 3, 0)), true) . ") { throw new RuntimeException(\"$c[name] needs PHP $constraint\"); }\n";
        } elseif (str_starts_with($req, "ext-")) {
            $code .= "if (!extension_loaded(" . var_export(substr($req, 4), true) . ")) { throw new RuntimeException(\"$c[name] needs the PHP extension " . substr($req, 4) . "\"); }\n";
        }
    }
    $map = [];
    foreach ($c["autoload"]["psr-4"] ?? [] as $prefix => $dirs) {
        foreach ((array) $dirs as $d) { $map[$prefix][] = $rel . "/" . rtrim($d, "/"); }
    }
    $code .= "\$map = " . var_export($map, true) . ";\n";
    $code .= <<<'"'"'LOADER'"'"'
spl_autoload_register(static function (string $class) use ($map): void {
    foreach ($map as $prefix => $dirs) {
        if (strncmp($class, $prefix, strlen($prefix)) !== 0) continue;
        foreach ($dirs as $dir) {
            $file = __DIR__ . "/" . $dir . "/" . str_replace("\\", "/", substr($class, strlen($prefix))) . ".php";
            if (is_file($file)) { require $file; return; }
        }
    }
});
LOADER;
    file_put_contents($dest, $code . "\n");
  ' "$project/vendor/$PACKAGE" "$project/vendor/autoload.php" || { install_ok=false; problem "writing vendor/autoload.php failed"; }
fi
if [ "$install_ok" = true ]; then
  [ -f "vendor/$PACKAGE/LICENSE" ] || { install_ok=false; problem "the installed package has no LICENSE"; }
  [ ! -e "vendor/$PACKAGE/tests" ] || { install_ok=false; problem "the installed package carries tests/ (the dist archive should leave it out)"; }
  php -r 'require "vendor/autoload.php"; exit(class_exists(Einvoice\Client::class) && class_exists(Einvoice\Models\Invoice::class) && Einvoice\Core\Engine::VERSION === $argv[1] ? 0 : 1);' "$version" ||
    { install_ok=false; problem "vendor/autoload.php does not load Einvoice\\Client, Einvoice\\Models\\Invoice and Engine::VERSION $version"; }
fi
if [ "$install_ok" = true ] && [ -n "$composer" ]; then
  # examples/php as its README says to copy it: its composer.json's requirement resolves to this package.
  cp -a "$root/examples/php" "$work/example-php"
  rm -rf "$work/example-php/vendor" "$work/example-php/composer.lock" "$work/example-php/node_modules"
  (cd "$work/example-php" && "$composer" config repositories.release composer "file://$out" && "$composer" config repositories.packagist.org false &&
    "$composer" install --no-progress &&
    php -r 'require "bootstrap.php"; exit(class_exists(Einvoice\Client::class) && class_exists(EinvoiceQuickstart\SampleInvoice::class) && is_dir("vendor/einvoice/sdk") ? 0 : 1);') ||
    { install_ok=false; problem "examples/php, copied out, does not install $PACKAGE $version with composer or does not load it"; }
fi
[ "$meta_ok" = true ] && metadata=true
[ "$install_ok" = true ] && installed=true

# 4. The first call, with the installed package.
cat >first-call.php <<'PHP'
<?php
// The first call a user makes: register the GSTIN (409 gstin_exists means it already is), create an OAuth
// credential, generate an IRN for examples/curl/invoice.json with a fresh number and today's date in IST.
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

use Einvoice\Client;
use Einvoice\Core\Exception\ConflictException;
use Einvoice\Core\RequestOptions;
use Einvoice\Models;

const GSTIN = '29AAACP7879D1Z0';

try {
    $baseUrl = (string) getenv('EINVOICE_BASE_URL');
    $admin = new Client(baseUrl: $baseUrl, apiKey: (string) getenv('EINVOICE_API_KEY'));
    try {
        $admin->gstins->register(new Models\RegisterGstinRequest(gstin: GSTIN, irpUsername: 'release_check', irpPassword: 'sandbox'));
    } catch (ConflictException $e) {
        if ($e->errorCode !== 'gstin_exists') {
            throw $e;
        }
    }
    $cred = $admin->credentials->create(GSTIN, new Models\CreateCredentialRequest(
        name: 'php release check',
        scopes: [Models\Scope::IRN_WRITE, Models\Scope::READ],
    ));
    $client = new Client(baseUrl: $baseUrl, credentials: [(string) $cred->clientId, (string) $cred->clientSecret]);

    $invoice = json_decode((string) file_get_contents((string) getenv('INVOICE_JSON')), true, 512, JSON_THROW_ON_ERROR);
    $invoice['DocDtls']['No'] = 'RC/PHP/' . strtoupper(substr(bin2hex(random_bytes(8)), 0, 9));
    $invoice['DocDtls']['Dt'] = (new DateTimeImmutable('now', new DateTimeZone('Asia/Kolkata')))->format('d/m/Y');
    $doc = $client->irn->generate($invoice, options: new RequestOptions(wait: 10));
    if ($doc->irn === null) {
        throw new RuntimeException("no IRN for {$invoice['DocDtls']['No']}: status {$doc->status}");
    }
    fwrite(STDERR, "first call: {$invoice['DocDtls']['No']} dated {$invoice['DocDtls']['Dt']} -> IRN {$doc->irn}\n");
    echo $doc->irn, "\n";
} catch (Throwable $e) {
    fwrite(STDERR, 'first call: ' . $e::class . ': ' . $e->getMessage() . "\n");
    echo 'error: ', $e::class, ': ', $e->getMessage(), "\n";
    exit(1);
}
PHP
if [ "$install_ok" = true ]; then
  if [ -z "${EINVOICE_BASE_URL:-}" ] || [ -z "${EINVOICE_API_KEY:-}" ]; then
    first_call="error: EINVOICE_BASE_URL and EINVOICE_API_KEY are not set"
    problem "no sandbox to call: run under examples/scripts/with-sandbox.sh"
  else
    call_out=$(INVOICE_JSON="$root/examples/curl/invoice.json" php first-call.php) || true
    first_call=$(tail -n 1 <<<"$call_out")
    [[ "$first_call" =~ ^[0-9a-f]{64}$ ]] || problem "first call did not return an IRN: ${first_call:-no output}"
  fi
fi
echo "packagist.sh: artifacts in $out"
