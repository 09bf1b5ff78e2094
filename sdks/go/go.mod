module github.com/einvoice/einvoice/sdks/go

go 1.23
