#!/usr/bin/env bash
# Go module proxy release check (scripts/release/check.mjs runs it; docs/adr/0006-package-names.md fixes the
# module path github.com/einvoice-dev/einvoice/sdks/go and the tags sdks/go/vX.Y.Z).
#  1. builds the module zip with the code the proxy itself runs: the working tree's sdks/go (and the root
#     LICENSE) is committed into a throw-away clone, tagged there by go-tag.sh, and `go mod download` fetches
#     that tag straight from the clone (GOPROXY=direct, git's url.insteadOf pointing github.com at the clone).
#     proxy.golang.org runs exactly this code path, so the .info/.mod/.zip are the ones it would serve, with the
#     repository's LICENSE added by cmd/go for a module in a subdirectory (no copy is committed in sdks/go).
#     They are laid out as a file-based GOPROXY in "$RELEASE_OUT/go/proxy" (plus go.sum, the lines users get);
#  2. checks them: every zip entry under the module's own prefix, LICENSE present and equal to the root one,
#     no node_modules/.turbo/logs, go.mod's module path and no replace directives, the Version constant equal
#     to sdks/go/package.json, the .info's origin the sdks/go/vX.Y.Z tag of the repository, `go vet` of the
#     installed package;
#  3. in a fresh module outside the workspace: GOPROXY=file://.../proxy (nothing else), `go get` the version,
#     `go mod verify`, the go.sum hashes equal to the built zip's; examples/go copied out without its replace
#     line builds against it too;
#  4. `go run`s a main that registers the GSTIN, creates a credential and generates an IRN against the sandbox
#     at EINVOICE_BASE_URL / EINVOICE_API_KEY.
# Logs go to stderr; stdout is one JSON line. Exits 1 when any problem is listed.
#   bash examples/scripts/with-sandbox.sh bash scripts/release/go.sh
set -euo pipefail
exec 3>&1 1>&2 # everything but the final JSON line goes to stderr

MODULE=github.com/einvoice-dev/einvoice/sdks/go
REPO_URL=https://github.com/einvoice-dev/einvoice
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "${RELEASE_OUT:-./release-out}"
out="$(cd "${RELEASE_OUT:-./release-out}" && pwd)/go"
work=$(mktemp -d)

problems=()
artifacts=()
metadata=false
installed=false
first_call="not attempted"
problem() { problems+=("$*"); echo "go.sh: PROBLEM: $*"; }
report() {
  local status=$?
  [ "$status" -ne 0 ] && [ ${#problems[@]} -eq 0 ] && problem "go.sh stopped unexpectedly (exit $status)"
  rm -rf "$work"
  node -e '
    const [metadata, installed, firstCall, a, p] = process.argv.slice(1);
    const lines = (s) => s.split("\n").filter(Boolean);
    const artifacts = lines(a).map((l) => { const [file, bytes] = l.split("\t"); return { file, bytes: Number(bytes) }; });
    console.log(JSON.stringify({ registry: "go", artifacts, metadata: metadata === "true", installed: installed === "true",
      first_call: firstCall, problems: lines(p) }));
  ' "$metadata" "$installed" "$first_call" "$(printf '%s\n' "${artifacts[@]}")" "$(printf '%s\n' "${problems[@]}")" >&3
  [ ${#problems[@]} -eq 0 ] || exit 1
  exit 0
}
trap report EXIT
trap 'problem "unexpected failure (exit $?) at go.sh line $LINENO: $BASH_COMMAND"' ERR

# Go alone, as a user has it: the module cache, GOPATH and git configuration all fresh, no workspace file, no
# toolchain download, no checksum database for our (not yet published) module, nothing from the network.
export GOMODCACHE="$work/gomodcache" GOPATH="$work/gopath" GOCACHE="${GOCACHE:-$(go env GOCACHE)}"
export GOFLAGS=-modcacherw GOTOOLCHAIN=local GOWORK=off GO111MODULE=on
export GOPRIVATE= GONOPROXY= GONOSUMDB="$MODULE" GOSUMDB=sum.golang.org GOINSECURE= GOVCS=
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
: >"$GIT_CONFIG_GLOBAL"

version=$(node -p "require('$root/sdks/go/package.json').version")
tag="sdks/go/v$version"
echo "go.sh: $MODULE v$version"
rm -rf "$out"
mkdir -p "$out"

# 1. Snapshot the working tree's sdks/go and LICENSE on top of HEAD, in a clone (objects shared read-only with
# this repository, which gets no new object, ref or index entry), and tag it the way a release does.
head=$(git -C "$root" rev-parse HEAD)
git clone -q --no-checkout --shared "$root" "$work/einvoice"
snapshot() { GIT_INDEX_FILE="$work/index" git --git-dir="$work/einvoice/.git" --work-tree="$root" "$@"; }
snapshot read-tree "$head"
snapshot add -A -- sdks/go LICENSE
export GIT_AUTHOR_NAME="einvoice release check" GIT_AUTHOR_EMAIL=maintainers@einvoice.dev
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
commit=$(git -C "$work/einvoice" commit-tree "$(snapshot write-tree)" -p "$head" -m "release check: working tree of $head")
git -C "$root" diff --quiet "$head" -- sdks/go LICENSE && [ -z "$(git -C "$root" ls-files -o --exclude-standard -- sdks/go)" ] ||
  echo "go.sh: note: sdks/go has uncommitted changes; checking the working tree, not HEAD"
if ! tag_log=$(bash "$root/scripts/release/go-tag.sh" --repo "$work/einvoice" "$commit" 2>&1); then
  problem "$(echo "$tag_log" | tail -n 1)"
  exit 1
fi
echo "$tag_log"

# The proxy's own code path: cmd/go resolves the module to the repository, lists its tags, finds sdks/go/vX.Y.Z
# and zips the subdirectory.
printf '[url "file://%s"]\n\tinsteadOf = %s\n' "$work/einvoice" "$REPO_URL" >"$GIT_CONFIG_GLOBAL"
download=$(cd "$work" && GOPROXY=direct go mod download -json "$MODULE@v$version") || {
  problem "go mod download (GOPROXY=direct) of $MODULE@v$version from the tagged snapshot failed: $(echo "$download" | grep -m1 '"Error"' || true)"
  exit 1
}
: >"$GIT_CONFIG_GLOBAL"
field() { node -e 'const j = JSON.parse(process.argv[1]); console.log(process.argv[2].split(".").reduce((o, k) => o?.[k], j) ?? "")' "$download" "$1"; }

proxy="$out/proxy"
dl="$proxy/$MODULE/@v" # the module path has no upper-case letters, so it needs no !-escaping
mkdir -p "$dl"
cp "$(field Info)" "$dl/v$version.info"
cp "$(field GoMod)" "$dl/v$version.mod"
cp "$(field Zip)" "$dl/v$version.zip"
echo "v$version" >"$dl/list"
printf '%s v%s %s\n%s v%s/go.mod %s\n' "$MODULE" "$version" "$(field Sum)" "$MODULE" "$version" "$(field GoModSum)" >"$out/go.sum"
for f in zip mod info; do artifacts+=("$(printf '%s\t%s' "proxy/$MODULE/@v/v$version.$f" "$(stat -c %s "$dl/v$version.$f")")"); done
echo "go.sh: built $(stat -c %s "$dl/v$version.zip") byte zip, $(field Sum)"

# 2. Metadata and contents.
meta_ok=true
bad() { meta_ok=false; problem "$@"; }
prefix="$MODULE@v$version/"
entries=$(unzip -Z1 "$dl/v$version.zip")
outside=$(awk -v p="$prefix" 'index($0, p) != 1' <<<"$entries")
[ -z "$outside" ] || bad "zip has entries outside $prefix: $(head -n 3 <<<"$outside" | tr '\n' ' ')"
junk=$(grep -E '/(node_modules|\.turbo|vendor)/|\.log$|/\.env$' <<<"$entries" || true)
[ -z "$junk" ] || bad "zip carries workspace junk: $(head -n 3 <<<"$junk" | tr '\n' ' ')"
for f in go.mod README.md client.go resources.gen.go types.gen.go internal/core/engine.go; do
  grep -qx -F "$prefix$f" <<<"$entries" || bad "zip lacks $f"
done
unpacked="$work/unpacked"
mkdir -p "$unpacked"
(cd "$unpacked" && unzip -q "$dl/v$version.zip")
mod_dir="$unpacked/$MODULE@v$version"
if [ ! -f "$mod_dir/LICENSE" ]; then
  bad "the module zip has no LICENSE (pkg.go.dev shows no documentation without a redistributable license): cmd/go adds the repository's root LICENSE, is it committed?"
elif ! cmp -s "$mod_dir/LICENSE" "$root/LICENSE" || ! grep -q 'Apache License' "$mod_dir/LICENSE" || ! grep -q 'Version 2.0' "$mod_dir/LICENSE"; then
  bad "the module zip's LICENSE is not the repository's Apache-2.0 LICENSE"
fi
gomod=$(cd "$mod_dir" && go mod edit -json go.mod) || bad "go.mod in the zip does not parse"
modpath=$(node -e 'const j = JSON.parse(process.argv[1]); console.log(j.Module.Path)' "$gomod" 2>/dev/null || true)
[ "$modpath" = "$MODULE" ] || bad "go.mod in the zip declares module '$modpath', users import $MODULE"
node -e 'const j = JSON.parse(process.argv[1]); process.exit((j.Replace ?? []).length || (j.Exclude ?? []).length ? 1 : 0)' "$gomod" ||
  bad "go.mod in the zip has replace/exclude directives (ignored for users: the module would build differently for them)"
cmp -s "$mod_dir/go.mod" "$dl/v$version.mod" || bad "the .mod file differs from go.mod in the zip"
constant=$(sed -n 's/^const Version = "\([^"]*\)"$/\1/p' "$mod_dir/internal/core/engine.go")
[ "$constant" = "$version" ] || bad "internal/core/engine.go in the zip says Version = \"$constant\", sdks/go/package.json says $version"
origin=$(node -e 'const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).Origin ?? {}; console.log([o.VCS, o.URL, o.Subdir, o.Ref, o.Hash].join(" "))' "$dl/v$version.info")
[ "$origin" = "git $REPO_URL sdks/go refs/tags/$tag $commit" ] ||
  bad "the .info origin is '$origin', expected 'git $REPO_URL sdks/go refs/tags/$tag $commit' (the snapshot's tag)"

# 3. Install as a user does, in a fresh module outside the workspace; the file proxy is the only source.
export GOPROXY="file://$proxy" GOMODCACHE="$work/user-gomodcache"
project="$work/user-project" # $work is a mktemp -d, outside the workspace
mkdir -p "$project"
case "$project/" in "$root/"*) problem "the test project $project is inside the workspace"; exit 1 ;; esac
cd "$project"
go mod init example.com/einvoice-release-check >/dev/null 2>&1
cat >main.go <<'EOF'
// The first call a user makes: register the GSTIN (409 gstin_exists means it already is), create an OAuth
// credential, generate an IRN for examples/curl/invoice.json with a fresh number and today's date in IST.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

const gstin = "29AAACP7879D1Z0"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "first call:", err)
		fmt.Println("error: " + err.Error())
		os.Exit(1)
	}
}

func run() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	baseURL := os.Getenv("EINVOICE_BASE_URL")
	admin := einvoice.NewClient(einvoice.WithBaseURL(baseURL), einvoice.WithAPIKey(os.Getenv("EINVOICE_API_KEY")))
	if err := admin.Err(); err != nil {
		return err
	}
	_, err := admin.GSTINs.Register(ctx, einvoice.RegisterGSTINRequest{GSTIN: gstin, IRPUsername: "release_check", IRPPassword: "sandbox"})
	var apiErr *einvoice.Error
	if err != nil && !(errors.As(err, &apiErr) && apiErr.Code == "gstin_exists") {
		return fmt.Errorf("register %s: %w", gstin, err)
	}
	cred, err := admin.Credentials.Create(ctx, gstin, einvoice.CreateCredentialRequest{
		Name:   einvoice.Ptr("go release check"),
		Scopes: []einvoice.Scope{einvoice.ScopeIRNWrite, einvoice.ScopeRead},
	})
	if err != nil {
		return fmt.Errorf("create a credential: %w", err)
	}
	client := einvoice.NewClient(einvoice.WithBaseURL(baseURL), einvoice.WithGSTINCredential(gstin, cred.ClientID, cred.ClientSecret), einvoice.WithGSTIN(gstin))

	raw, err := os.ReadFile(os.Getenv("INVOICE_JSON"))
	if err != nil {
		return err
	}
	var invoice einvoice.Invoice
	if err := json.Unmarshal(raw, &invoice); err != nil {
		return fmt.Errorf("%s: %w", os.Getenv("INVOICE_JSON"), err)
	}
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	no := []byte("RC/GO/")
	for len(no) < 16 {
		no = append(no, alphabet[rand.IntN(len(alphabet))])
	}
	invoice.DocDtls.No = string(no)
	invoice.DocDtls.Dt = time.Now().In(time.FixedZone("IST", 5*3600+1800)).Format("02/01/2006")
	doc, err := client.IRN.Generate(ctx, invoice, einvoice.WithWait(10))
	if err != nil {
		return fmt.Errorf("generate an IRN for %s: %w", invoice.DocDtls.No, err)
	}
	if doc.IRN == nil {
		return fmt.Errorf("IRN for %s: status %s, no IRN", invoice.DocDtls.No, doc.Status)
	}
	fmt.Fprintf(os.Stderr, "first call: %s dated %s -> IRN %s\n", invoice.DocDtls.No, invoice.DocDtls.Dt, *doc.IRN)
	fmt.Println(*doc.IRN)
	return nil
}
EOF
install_ok=true
if ! go get "$MODULE@v$version"; then
  install_ok=false
  problem "go get $MODULE@v$version from the file proxy failed"
else
  # The hashes recorded for users must be those of the zip built above (what sum.golang.org will record).
  while read -r line; do
    grep -qx -F "$line" go.sum || { install_ok=false; problem "go.sum lacks '$line' (the installed module is not the built zip)"; }
  done <"$out/go.sum"
  go mod verify || { install_ok=false; problem "go mod verify failed in the user project"; }
  dir=$(go list -m -f '{{.Dir}}' "$MODULE")
  case "$dir" in "$GOMODCACHE/"*) ;; *) install_ok=false; problem "$MODULE resolved to $dir, not the module cache" ;; esac
  go vet "$MODULE/..." || bad "go vet of the installed $MODULE reports problems"
  go build -o /dev/null . || { install_ok=false; problem "the user program does not build against the installed module"; }
  # examples/go as its README says to copy it: without the replace line, against the published version.
  mkdir -p "$work/example-go"
  cp "$root"/examples/go/*.go "$root/examples/go/go.mod" "$work/example-go/"
  (cd "$work/example-go" && go mod edit -dropreplace="$MODULE" && go mod tidy && go vet ./... && go build -o /dev/null .) ||
    { install_ok=false; problem "examples/go, copied out without its replace line, does not build against $MODULE@v$version"; }
fi
[ "$meta_ok" = true ] && metadata=true
[ "$install_ok" = true ] && installed=true

# 4. The first call, with the installed module (nothing is downloaded any more).
if [ "$install_ok" = true ]; then
  if [ -z "${EINVOICE_BASE_URL:-}" ] || [ -z "${EINVOICE_API_KEY:-}" ]; then
    first_call="error: EINVOICE_BASE_URL and EINVOICE_API_KEY are not set"
    problem "no sandbox to call: run under examples/scripts/with-sandbox.sh"
  else
    call_out=$(GOPROXY=off INVOICE_JSON="$root/examples/curl/invoice.json" go run .) || true
    first_call=$(tail -n 1 <<<"$call_out")
    [[ "$first_call" =~ ^[0-9a-f]{64}$ ]] || problem "first call did not return an IRN: ${first_call:-no output}"
  fi
fi
echo "go.sh: artifacts in $out"
