// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "a365c8e89ddfa6e4343c790b577352b5780506dd26cec46acc98083b006334d7"

// APIVersion is info.x-api-version of that spec: the dated API version the client sends in
// Einvoice-Version unless WithAPIVersion says otherwise.
const APIVersion = "2026-12-05"
