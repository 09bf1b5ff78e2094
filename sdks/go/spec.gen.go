// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "c7b0f0f16ecb2cd4614941c94c850740fc1af38092575ad507b57277c8fee912"
