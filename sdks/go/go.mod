module github.com/einvoice-dev/einvoice/sdks/go

go 1.23
