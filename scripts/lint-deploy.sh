#!/usr/bin/env bash
# Lints the deployment reference (deploy/): `helm lint --strict` and `helm template` of the chart (helm pinned,
# built once from the Go module proxy into .tools/, git-ignored, like actionlint), then deploy/check.mjs holds the
# rendered manifests, the Dockerfile and compose.yaml to what a rolling deploy needs (probes, resources, PDB,
# Secret, non-root, drain bounds). No cluster, no Docker daemon, no network once helm is built.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
HELM_VERSION=v4.3.2
bin=$(scripts/go-tool.sh helm helm.sh/helm/v4/cmd/helm "$HELM_VERSION")   # a few minutes the first time
chart=deploy/helm/einvoice
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
created=(--set secrets.databaseUrl=postgres://einvoice:pw@db:5432/einvoice --set secrets.encryptionKey=k --set secrets.hashPepper=p)
"$bin" lint --strict "$chart" "${created[@]}"
"$bin" lint --strict "$chart" --set existingSecret=einvoice-keys
# The chart-made Secret, a Secret of one's own, and production GSP routes with an external sandbox IRP.
"$bin" template einvoice "$chart" "${created[@]}" >"$out/created.yaml"
"$bin" template einvoice "$chart" --set existingSecret=einvoice-keys >"$out/existing.yaml"
"$bin" template einvoice "$chart" "${created[@]}" --set-string secrets.gspRoutes='[{"kind":"nic"}]' \
  --set env.IRP_SANDBOX_URL=http://irp-sandbox:8086 --set replicaCount=3 >"$out/routes.yaml"
# Without the keys (and no Secret of one's own) the chart refuses to render, naming what is missing.
if "$bin" template einvoice "$chart" >"$out/none.yaml" 2>"$out/none.err"; then
  echo "lint-deploy: the chart rendered without keys" >&2
  exit 1
fi
grep -q 'secrets.databaseUrl (or existingSecret) is required' "$out/none.err"
node deploy/check.mjs "$out/created.yaml" "$out/existing.yaml" "$out/routes.yaml"
echo "helm $HELM_VERSION: deploy/helm/einvoice lints and renders; deploy/check.mjs holds"
