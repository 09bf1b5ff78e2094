# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "c7b0f0f16ecb2cd4614941c94c850740fc1af38092575ad507b57277c8fee912"
