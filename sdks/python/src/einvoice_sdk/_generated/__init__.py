# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "5e6e79929317b835c52ce30e4e3659839a99f29bb8e24d458eef87fa779769f4"
# info.x-api-version: the dated API version clients send in Einvoice-Version unless api_version= says otherwise.
API_VERSION = "2026-12-05"
