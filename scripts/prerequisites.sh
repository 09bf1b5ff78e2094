#!/usr/bin/env bash
# What the full test suite needs besides Node 20, checked up front (README command 2 runs this first).
# Everything missing is reported in ONE block with the exact install command, before any work starts.
#   scripts/prerequisites.sh                                  check only; exit 1 when something is missing
#   EINVOICE_INSTALL_PREREQUISITES=1 scripts/prerequisites.sh  on Debian/Ubuntu as root, apt-get install what
#                                                             is missing (CI sets it in .ci/run; never done unasked)
set -uo pipefail

apt_pkgs=()   # Debian/Ubuntu packages that provide what is missing
problems=()   # one line per missing thing, for the report
manual=()     # what apt cannot provide (a Go toolchain new enough)

version_at_least() { # version_at_least <have> <want>: dotted numeric comparison
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

need() { # need <description> <apt packages...>
  problems+=("$1")
  shift
  apt_pkgs+=("$@")
}

# Node 20 is the README's one prerequisite for the server; it runs this script's caller, so only check the major.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 20 ] || problems+=("Node.js >= 20 (found: $(node -v 2>/dev/null || echo none)); install it from https://nodejs.org or your distribution")

# Python SDK (and its venv): Python >= 3.9 with the venv module.
if ! command -v python3 >/dev/null 2>&1; then
  need "python3 >= 3.9 (Python SDK and example)" python3 python3-venv
else
  py=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
  { [ -n "$py" ] && version_at_least "$py" 3.9; } || need "python3 >= 3.9 (found ${py:-a python3 that does not run})" python3
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need "python3 venv module (python3 -m venv)" python3-venv
fi

# Go SDK and example: the go directive of sdks/go/go.mod (Debian's golang-go is older: install from go.dev).
go_want=$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../sdks/go/go.mod")
if ! command -v go >/dev/null 2>&1; then
  manual+=("Go >= $go_want (Go SDK and example): https://go.dev/doc/install (Debian's golang-go is too old)")
else
  go_have=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
  version_at_least "$go_have" "$go_want" || manual+=("Go >= $go_want (found $go_have): https://go.dev/doc/install")
fi

# Java SDK and example: a JDK 17+ (javac) and Maven.
if ! command -v javac >/dev/null 2>&1; then
  need "JDK >= 17 (javac)" openjdk-17-jdk-headless
else
  jv=$(javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')
  [ "${jv:-0}" -ge 17 ] || need "JDK >= 17 (found javac ${jv:-?})" openjdk-17-jdk-headless
fi
command -v mvn >/dev/null 2>&1 || need "Maven (mvn)" maven

# PHP SDK and example: PHP 8.2 with curl, mbstring, xml (PHPUnit) and posix; PHPUnit from the distribution.
if ! command -v php >/dev/null 2>&1; then
  need "php-cli >= 8.2 with curl, mbstring, xml" php-cli php-curl php-mbstring php-xml
else
  php -r 'exit(version_compare(PHP_VERSION, "8.2.0", ">=") ? 0 : 1);' || need "php >= 8.2 (found $(php -r 'echo PHP_VERSION;'))" php-cli
  for ext in curl mbstring xml; do
    php -r "exit(extension_loaded('$ext') ? 0 : 1);" || need "php extension $ext" "php-$ext"
  done
  php -r 'exit(function_exists("posix_kill") ? 0 : 1);' || need "php extension posix" php-cli
fi
command -v phpunit >/dev/null 2>&1 || need "PHPUnit (phpunit)" phpunit
command -v phpcs >/dev/null 2>&1 || need "PHP_CodeSniffer (phpcs, the PHP SDK's style check)" php-codesniffer

# The release check (pnpm release:check) reads the Go module zip with unzip.
command -v unzip >/dev/null 2>&1 || need "unzip (the release check reads the Go module zip)" unzip

# PostgreSQL 15 server binaries: the storage and e2e suites run again on a throwaway cluster.
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
{ [ -x "$pg_bin/initdb" ] && [ -x "$pg_bin/pg_ctl" ]; } || need "PostgreSQL 15 server binaries ($pg_bin/initdb)" postgresql-15

# Chromium: the dashboard's browser suite (server/test/browser) drives Debian's build through playwright-core.
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need "Chromium (${CHROMIUM_PATH:-/usr/bin/chromium}, the dashboard's browser tests)" chromium

if [ ${#problems[@]} -eq 0 ] && [ ${#manual[@]} -eq 0 ]; then
  exit 0
fi

# Unique, in order.
mapfile -t apt_pkgs < <(printf '%s\n' "${apt_pkgs[@]}" | awk 'NF && !seen[$0]++')
install_cmd="apt-get update && apt-get install -y ${apt_pkgs[*]}"

can_install() {
  [ "${EINVOICE_INSTALL_PREREQUISITES:-}" = 1 ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 \
    && [ ${#apt_pkgs[@]} -gt 0 ] && [ ${#manual[@]} -eq 0 ]
}

if can_install; then
  echo "prerequisites: installing ${apt_pkgs[*]} (EINVOICE_INSTALL_PREREQUISITES=1)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null || exit 1
  exec env EINVOICE_INSTALL_PREREQUISITES=0 "$0"   # check again: report anything the install did not fix
fi

{
  echo "################################################################################"
  echo "## The full test suite needs what this machine lacks (nothing has been run yet):"
  for p in "${problems[@]}" "${manual[@]}"; do echo "##   - $p"; done
  if [ ${#apt_pkgs[@]} -gt 0 ]; then
    echo "## Install (Debian/Ubuntu, as root):"
    echo "##   $install_cmd"
    echo "## or let the test command do it: EINVOICE_INSTALL_PREREQUISITES=1 ./scripts/test.sh (root, apt)"
  fi
  echo "## The server alone needs only Node 20: ./scripts/start.sh"
  echo "################################################################################"
} >&2
exit 1
