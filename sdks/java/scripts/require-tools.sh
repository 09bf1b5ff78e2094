#!/usr/bin/env bash
# Fails LOUDLY when Java 17+ or Maven is missing (never a silent skip). Debian: apt-get install -y openjdk-17-jdk-headless maven
set -euo pipefail
missing=()
command -v java >/dev/null 2>&1 || missing+=(java)
command -v mvn >/dev/null 2>&1 || missing+=(mvn)
if [ ${#missing[@]} -gt 0 ]; then
  echo "################################################################################" >&2
  echo "## @einvoice/sdk-java: MISSING ${missing[*]} - the Java SDK tests CANNOT run.   " >&2
  echo "## Install: apt-get install -y openjdk-17-jdk-headless maven                    " >&2
  echo "################################################################################" >&2
  exit 1
fi
