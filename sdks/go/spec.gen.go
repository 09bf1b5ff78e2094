// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "ff6abd441ba0ae77cf55bf9eea3e04474911784870287ff4ebb6290b0ab3e7b0"

// APIVersion is info.x-api-version of that spec: the dated API version the client sends in
// Einvoice-Version unless WithAPIVersion says otherwise.
const APIVersion = "2026-12-05"
