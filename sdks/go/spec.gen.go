// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "ee22618af46c9dedaa5db0629ece72bf46333e153d3f33dd377943dbf2bb010c"

// APIVersion is info.x-api-version of that spec: the dated API version the client sends in
// Einvoice-Version unless WithAPIVersion says otherwise.
const APIVersion = "2026-12-05"
