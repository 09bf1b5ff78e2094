#!/usr/bin/env bash
# Prepares the read-only split repository einvoice-dev/einvoice-php that Packagist reads for einvoice/sdk:
# Packagist needs composer.json at the root of a VCS repository, and takes versions from its tags.
#
#   scripts/release/php-split.sh [--repo DIR] [COMMIT]     (default: this repository, HEAD)
#
# Creates, locally (pushing is the release workflow's job):
#   branch php-split  `git subtree split --prefix=sdks/php COMMIT`: sdks/php's history as a repository of its
#                     own. The same input always gives the same commits, so it fast-forwards the split
#                     repository's main on every release;
#   tag vX.Y.Z        (annotated) on a one-commit child of that split head which adds the repository's root
#                     LICENSE: a Packagist dist archive is the tag's tree (`git archive`, so sdks/php/.gitattributes
#                     export-ignore applies), and it must carry the license text, which is not committed twice.
#                     The commit takes the split head's date, so the same COMMIT always gives the same commit.
# then:  git push git@github.com:einvoice-dev/einvoice-php.git php-split:main vX.Y.Z
#
# Everything is read from COMMIT. It refuses (exit 1, nothing created) when tag vX.Y.Z already exists, when
# src/Core/Engine.php's VERSION differs from sdks/php/package.json's version, when composer.json is not
# einvoice/sdk or carries a "version" (Packagist takes versions from tags only), or, when splitting HEAD, when
# sdks/php or LICENSE has uncommitted changes. Prints the tag name on stdout.
set -euo pipefail

PACKAGE=einvoice/sdk
SOURCE_REPO=https://github.com/einvoice-dev/einvoice
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
commit=HEAD
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo=$2; shift 2 ;;
    -h | --help) sed -n '2,21p' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "php-split.sh: unknown option $1" >&2; exit 2 ;;
    *) commit=$1; shift ;;
  esac
done
refuse() { echo "php-split.sh: $*" >&2; exit 1; }
git() { command git -C "$repo" "$@"; }

sha=$(git rev-parse --verify --quiet "$commit^{commit}") || refuse "no commit $commit in $repo"
show() { git show "$sha:$1" 2>/dev/null || refuse "$1 is missing at $commit"; }
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)[process.argv[1]];console.log(v===undefined?"":v)})' "$1"; }

version=$(show sdks/php/package.json | json version)
[[ "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$ ]] ||
  refuse "sdks/php/package.json's version '$version' is not a semantic version (X.Y.Z[-pre])"
constant=$(show sdks/php/src/Core/Engine.php | sed -n "s/.*public const VERSION = '\([^']*\)';.*/\1/p")
[ "$constant" = "$version" ] ||
  refuse "sdks/php/src/Core/Engine.php says VERSION = '$constant', sdks/php/package.json says $version (run node scripts/sync-versions.mjs)"
name=$(show sdks/php/composer.json | json name)
[ "$name" = "$PACKAGE" ] || refuse "sdks/php/composer.json names '$name', the Packagist package is $PACKAGE"
declared=$(show sdks/php/composer.json | json version)
[ -z "$declared" ] || refuse "sdks/php/composer.json has \"version\": \"$declared\"; Packagist takes versions from tags, drop it"
lic=$(git rev-parse --verify --quiet "$sha:LICENSE") || refuse "no LICENSE at the repository root at $commit"

tag="v$version"
if git rev-parse --verify --quiet "refs/tags/$tag" >/dev/null; then
  refuse "tag $tag already exists (at $(git rev-parse --short "refs/tags/$tag^{commit}")): a published version never moves; bump sdks/php/package.json instead (or git tag -d $tag if it is a local leftover)"
fi
if [ "$(git rev-parse --is-bare-repository)" = false ] && [ "$sha" = "$(git rev-parse HEAD)" ]; then
  dirty=$(git status --porcelain -- sdks/php LICENSE)
  [ -z "$dirty" ] || refuse "uncommitted changes would not be in $tag: $(echo "$dirty" | head -n 5 | tr '\n' ' ')"
fi

split=$(git subtree split -q --prefix=sdks/php "$sha") || refuse "git subtree split --prefix=sdks/php $commit failed"
git update-ref -m "php-split.sh: sdks/php of $sha" refs/heads/php-split "$split"

tree=$({ git ls-tree "$split^{tree}" | grep -v -P '\tLICENSE$' || true; printf '100644 blob %s\tLICENSE\n' "$lic"; } | git mktree)
date=$(git log -1 --format=%cI "$split")
release=$(GIT_AUTHOR_NAME="einvoice maintainers" GIT_AUTHOR_EMAIL=maintainers@einvoice.dev GIT_AUTHOR_DATE="$date" \
  GIT_COMMITTER_NAME="einvoice maintainers" GIT_COMMITTER_EMAIL=maintainers@einvoice.dev GIT_COMMITTER_DATE="$date" \
  command git -C "$repo" commit-tree "$tree" -p "$split" \
  -m "$PACKAGE $tag" -m "sdks/php of $SOURCE_REPO at $sha, with the repository's LICENSE.")
git tag -a "$tag" "$release" -m "$PACKAGE $tag (sdks/php of $SOURCE_REPO at $sha)"
echo "php-split.sh: php-split = $(git rev-parse --short "$split"), $tag = $(git rev-parse --short "$release") (+ LICENSE); push with:" >&2
echo "  git push git@github.com:einvoice-dev/einvoice-php.git php-split:main $tag" >&2
echo "$tag"
