// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "4a0b6d4c9738577b707566b4500c4c1aebb95f76377f1d472b7313ea8787584a"
