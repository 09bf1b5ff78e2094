# Generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.
# Change the spec or the templates in packages/codegen, then run `pnpm gen`.
"""Code generated from the spec. The hand-written runtime lives in `einvoice_sdk._core` and `einvoice_sdk.lib`."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "c17b8c23d7e9db28c8630c9f414e7882e2ba0446f4f166ea688fc356b5a3a078"
