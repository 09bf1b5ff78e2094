# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "e5d13708369eb8922d783c6834338dbba3764e3b1051ab70ee77e256db9b60f2"
