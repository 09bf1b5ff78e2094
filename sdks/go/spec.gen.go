// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package einvoice

// SpecVersion is info.version of the spec this package was generated from.
const SpecVersion = "1.0.0"

// SpecSHA256 is the sha256 of that spec file.
const SpecSHA256 = "e5d13708369eb8922d783c6834338dbba3764e3b1051ab70ee77e256db9b60f2"
