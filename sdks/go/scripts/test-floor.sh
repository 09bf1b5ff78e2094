#!/usr/bin/env bash
# The Go floor, tested rather than declared: go.mod says `go 1.23`, so the SDK is vetted and its tests run on
# Go 1.23 as well, fetched through the module proxy by GOTOOLCHAIN (cached in the module cache after the first run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
floor=$(sed -n 's/^go \([0-9.]*\)$/\1/p' go.mod)
# The newest patch release of the floor's minor version that the proxy serves (checked 2026-12-05).
toolchain="go${floor}.12"
echo "go floor: testing with $toolchain (go.mod: go $floor)"
GOTOOLCHAIN="$toolchain" go version
GOTOOLCHAIN="$toolchain" go vet ./...
GOTOOLCHAIN="$toolchain" go test -count=1 ./...
