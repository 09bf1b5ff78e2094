# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "4a0b6d4c9738577b707566b4500c4c1aebb95f76377f1d472b7313ea8787584a"
