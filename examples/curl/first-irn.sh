#!/usr/bin/env bash
# The README's quickstart as one script: from an account API key to a first IRN with nothing but curl.
#   EINVOICE_API_KEY=sk_test_... ./examples/curl/first-irn.sh        (the key ./scripts/start.sh printed)
# Optional: EINVOICE_BASE_URL (default http://127.0.0.1:8080).
set -euo pipefail
url=${EINVOICE_BASE_URL:-http://127.0.0.1:8080}
key=${EINVOICE_API_KEY:?set EINVOICE_API_KEY to the sk_test_ key that ./scripts/start.sh printed}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
gstin=29AAACP7879D1Z0   # the seller of invoice.json, known to the sandbox IRP

field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }   # one string member of a compact JSON answer

echo "1. register $gstin with the sandbox IRP user (any user name, password \"sandbox\")"
status=$(curl -sS -o /tmp/einvoice-register.$$ -w '%{http_code}' "$url/v1/gstins" \
  -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d "{\"gstin\":\"$gstin\",\"irp_username\":\"demo\",\"irp_password\":\"sandbox\"}")
case "$status" in
  201) echo "   registered" ;;
  409) echo "   already registered (fine)" ;;
  *) echo "   failed: HTTP $status $(cat /tmp/einvoice-register.$$)" >&2; rm -f /tmp/einvoice-register.$$; exit 1 ;;
esac
rm -f /tmp/einvoice-register.$$

echo "   and a credential for it (OAuth client credentials; the secret is shown once)"
credential=$(curl -sS -f "$url/v1/gstins/$gstin/credentials" \
  -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"name":"quickstart","scopes":["irn:write","ewb:write","notes:write","read"]}')
client_id=$(echo "$credential" | field client_id)
client_secret=$(echo "$credential" | field client_secret)

echo "2. an access token for $client_id"
token=$(curl -sS -f "$url/v1/oauth/token" -u "$client_id:$client_secret" -d grant_type=client_credentials | field access_token)

echo "3. an IRN for invoice.json, dated today with a fresh number"
today=$(TZ=Asia/Kolkata date +%d/%m/%Y)
number="QS/$(date +%s)"
irn=$(sed -e "s|\"No\": \"INV/2026/00042\"|\"No\": \"$number\"|" -e "s|\"Dt\": \"[0-9/]*\"|\"Dt\": \"$today\"|" "$here/invoice.json" |
  curl -sS "$url/v1/irn" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: quickstart-$number" --data-binary @-)
if ! echo "$irn" | grep -q '"Irn":"[0-9a-f]\{64\}"'; then
  echo "   no IRN: $irn" >&2
  exit 1
fi
echo "   $number -> IRN $(echo "$irn" | field Irn)"
