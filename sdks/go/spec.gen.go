// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "3d97ed95ddfe97d8d960fbc121daae964befb06bc178aaae4ba14db519731f19"
