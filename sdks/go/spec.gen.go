// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "8ea67488a9571ef9dabaddfc1f4ef8bd28db8a560a2c583866f0063e29bf3a4b"

// APIVersion is info.x-api-version of that spec: the dated API version the client sends in
// Einvoice-Version unless WithAPIVersion says otherwise.
const APIVersion = "2026-12-05"
