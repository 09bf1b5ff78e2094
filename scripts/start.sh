#!/usr/bin/env bash
# README command 1: install everything and start the server in sandbox mode.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec pnpm start
