#!/usr/bin/env bash
# Prints the path of a pinned Go-built tool, building it once from the Go module proxy into .tools/ (git-ignored).
#   bin=$(scripts/go-tool.sh <name> <package path> <version>)
#   e.g. scripts/go-tool.sh actionlint github.com/rhysd/actionlint/cmd/actionlint v1.7.12
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=$1 pkg=$2 version=$3
bin=".tools/$name-$version"
if [ ! -x "$bin" ]; then
  mkdir -p .tools
  echo "go-tool: building $name $version into $bin (once)" >&2
  GOBIN="$PWD/.tools/gobin" GOFLAGS= go install "$pkg@$version" >&2
  mv ".tools/gobin/$name" "$bin"
fi
echo "$PWD/$bin"
