# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice._core` and `einvoice.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "f9f6efbcdf29eb232be000721255c9c4a9c5f656661be97c450019781b3d61c2"
