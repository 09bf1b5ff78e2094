# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice._core` and `einvoice.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "502ac1408196b841969113df711a6fc654246a680a3e2dac475a1d46c2b1d942"
