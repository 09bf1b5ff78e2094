# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "1e54c98da004be08eb802b6243dbfd8d5a0ac71cafb7b5a81baf8f2fec8b2f6a"
# info.x-api-version: the dated API version clients send in Einvoice-Version unless api_version= says otherwise.
API_VERSION = "2026-12-05"
