// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "b1c2f77c65abfa035f4fa4ec9e35e8a79cc1297f9d6d7e434f0f343e1c524edd"
