# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "03e2dc8308f18e7f6b01e5009ed462c8bf17a1fb4a8892469eb349cad4d8f0f3"
# info.x-api-version: the dated API version clients send in Einvoice-Version unless api_version= says otherwise.
API_VERSION = "2026-12-05"
