# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice._core` and `einvoice.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "fca0c0b455e0a655e79976a1db0350273d9afb82becff01c4d8d56a67e92dc68"
