# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "35b885bf53a35f71e7cded2e286bf81aaf0619172d65f54c485f64b9c21b71f1"
# info.x-api-version: the dated API version clients send in Einvoice-Version unless api_version= says otherwise.
API_VERSION = "2026-12-05"
