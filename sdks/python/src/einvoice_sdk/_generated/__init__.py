# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "a365c8e89ddfa6e4343c790b577352b5780506dd26cec46acc98083b006334d7"
# info.x-api-version: the dated API version clients send in Einvoice-Version unless api_version= says otherwise.
API_VERSION = "2026-12-05"
