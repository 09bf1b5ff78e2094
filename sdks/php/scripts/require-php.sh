#!/usr/bin/env bash
# Fails LOUDLY when php-cli (with curl + json) or phpunit is missing: the PHP SDK tests are never skipped silently.
# Debian/Ubuntu: apt-get update && apt-get install -y php-cli php-curl php-mbstring php-xml phpunit php-codesniffer
set -uo pipefail
loud() {
  echo "################################################################################" >&2
  echo "## @einvoice/sdk-php: $1" >&2
  echo "## The PHP SDK tests CANNOT run. Install:" >&2
  echo "##   apt-get update && apt-get install -y php-cli php-curl php-mbstring php-xml phpunit php-codesniffer" >&2
  echo "################################################################################" >&2
  exit 1
}
command -v php >/dev/null 2>&1 || loud "php is NOT INSTALLED"
php -r 'exit(extension_loaded("curl") && extension_loaded("json") && function_exists("posix_kill") ? 0 : 1);' || loud "php is missing ext-curl, ext-json or ext-posix"
if [ "${1:-}" = "--phpunit" ]; then command -v phpunit >/dev/null 2>&1 || loud "phpunit is NOT INSTALLED"; fi
if [ "${1:-}" = "--phpcs" ]; then command -v phpcs >/dev/null 2>&1 || loud "phpcs (PHP_CodeSniffer, apt: php-codesniffer) is NOT INSTALLED"; fi
exit 0
