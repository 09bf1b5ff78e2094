// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "1e54c98da004be08eb802b6243dbfd8d5a0ac71cafb7b5a81baf8f2fec8b2f6a"

// APIVersion is info.x-api-version of that spec: the dated API version the client sends in
// Einvoice-Version unless WithAPIVersion says otherwise.
const APIVersion = "2026-12-05"
