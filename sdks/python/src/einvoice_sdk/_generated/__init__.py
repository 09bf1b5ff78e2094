# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "3d97ed95ddfe97d8d960fbc121daae964befb06bc178aaae4ba14db519731f19"
