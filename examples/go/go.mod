// The einvoice Go quickstart. Copy this folder out of the repository to start your own integration.
module example.com/einvoice-quickstart

go 1.23

require github.com/einvoice-dev/einvoice/sdks/go v0.1.0

// Inside the einvoice repository the example builds against the SDK next to it (sdks/go).
// In your own copy, delete this replace line: Go then downloads the published v0.1.0.
replace github.com/einvoice-dev/einvoice/sdks/go => ../../sdks/go
