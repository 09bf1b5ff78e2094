# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice._core` and `einvoice.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "0aa856fdafa5b4c9cad37c5c56a5dbc1736042c49f55b2722361ad542dc65f8d"
