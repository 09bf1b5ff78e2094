#!/usr/bin/env bash
# Creates the annotated tag that releases the Go SDK: sdks/go/vX.Y.Z, X.Y.Z being sdks/go/package.json's version.
# The module github.com/einvoice-dev/einvoice/sdks/go lives in a subdirectory of the repository, so the Go
# module proxy only finds a version under a tag prefixed with that subdirectory (https://go.dev/ref/mod#vcs-version).
# The tag is created locally; pushing it is the release workflow's job (`git push origin refs/tags/sdks/go/vX.Y.Z`),
# after which `GOPROXY=https://proxy.golang.org go list -m github.com/einvoice-dev/einvoice/sdks/go@vX.Y.Z`
# makes the proxy fetch it.
#
#   scripts/release/go-tag.sh [--repo DIR] [COMMIT]     (default: this repository, HEAD)
#
# Everything is read from COMMIT, the commit the tag will name, not from the working tree. It refuses (exit 1,
# nothing created) when the tag already exists, when internal/core/engine.go's Version constant differs from
# package.json's version, when go.mod does not declare the module path (with its /vN suffix from v2 on), when
# the version is not semver, or, when tagging HEAD, when sdks/go has uncommitted changes.
set -euo pipefail

MODULE=github.com/einvoice-dev/einvoice/sdks/go
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
commit=HEAD
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo=$2; shift 2 ;;
    -h | --help) sed -n '2,15p' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "go-tag.sh: unknown option $1" >&2; exit 2 ;;
    *) commit=$1; shift ;;
  esac
done
refuse() { echo "go-tag.sh: $*" >&2; exit 1; }
git() { command git -C "$repo" "$@"; }

sha=$(git rev-parse --verify --quiet "$commit^{commit}") || refuse "no commit $commit in $repo"
show() { git show "$sha:sdks/go/$1" 2>/dev/null || refuse "sdks/go/$1 is missing at $commit"; }

version=$(show package.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).version??""))')
[[ "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$ ]] ||
  refuse "sdks/go/package.json's version '$version' is not a semantic version (X.Y.Z[-pre])"
major=${BASH_REMATCH[1]}

constant=$(show internal/core/engine.go | sed -n 's/^const Version = "\([^"]*\)"$/\1/p')
[ -n "$constant" ] || refuse "no 'const Version = \"...\"' in sdks/go/internal/core/engine.go at $commit"
[ "$constant" = "$version" ] ||
  refuse "sdks/go/internal/core/engine.go says Version = \"$constant\", sdks/go/package.json says $version (run node scripts/sync-versions.mjs)"

want=$MODULE
[ "$major" -ge 2 ] && want="$MODULE/v$major"
declared=$(show go.mod | sed -n 's/^module[[:space:]]\{1,\}\([^[:space:]]*\).*/\1/p')
[ "$declared" = "$want" ] || refuse "sdks/go/go.mod declares module '$declared'; v$version needs '$want'"

tag="sdks/go/v$version"
if git rev-parse --verify --quiet "refs/tags/$tag" >/dev/null; then
  refuse "tag $tag already exists (at $(git rev-parse --short "refs/tags/$tag^{commit}")): a published version never moves; bump sdks/go/package.json instead"
fi

if [ "$(git rev-parse --is-bare-repository)" = false ] && [ "$sha" = "$(git rev-parse HEAD)" ]; then
  dirty=$(git status --porcelain -- sdks/go LICENSE)
  [ -z "$dirty" ] || refuse "uncommitted changes would not be in $tag: $(echo "$dirty" | head -n 5 | tr '\n' ' ')"
fi

git tag -a "$tag" "$sha" -m "Go SDK v$version ($MODULE)"
echo "go-tag.sh: created $tag at $(git rev-parse --short "$sha"); push it with: git push origin refs/tags/$tag" >&2
echo "$tag"
