package einvoice_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// countingTransport fails the test if the client sends anything.
type countingTransport struct{ n int }

func (c *countingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	c.n++
	return nil, errors.New("no request may be sent")
}

func clearEnv(t *testing.T) {
	for _, name := range []string{"EINVOICE_API_KEY", "EINVOICE_CLIENT_ID", "EINVOICE_CLIENT_SECRET", "EINVOICE_BASE_URL", "EINVOICE_GSTIN"} {
		t.Setenv(name, "")
	}
}

func configErr(t *testing.T, err error) *einvoice.ConfigError {
	t.Helper()
	var ce *einvoice.ConfigError
	if !errors.As(err, &ce) {
		t.Fatalf("want *einvoice.ConfigError, got %T %v", err, err)
	}
	var apiErr *einvoice.Error
	if errors.As(err, &apiErr) {
		t.Fatalf("a configuration error is not an *einvoice.Error")
	}
	return ce
}

// A client without any credential reports *ConfigError from Err() and from every call, before any request.
func TestConfigErrorNoCredential(t *testing.T) {
	clearEnv(t)
	rt := &countingTransport{}
	client := einvoice.NewClient(einvoice.WithBaseURL("http://api.test"), einvoice.WithHTTPClient(&http.Client{Transport: rt}))
	ce := configErr(t, client.Err())
	if ce.Option != "WithAPIKey" || ce.EnvVar != "EINVOICE_API_KEY" || ce.Class() != "EinvoiceConfigError" {
		t.Fatalf("fields: %+v", ce)
	}
	want := "einvoice: the client has no credential: use WithAPIKey (or set EINVOICE_API_KEY) for the account API, " +
		"or WithCredentials / WithGSTINCredential (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET) to act for a GSTIN"
	if ce.Error() != want {
		t.Fatalf("message:\n got %q\nwant %q", ce.Error(), want)
	}
	_, err := client.GSTINs.Get(context.Background(), quickGSTIN)
	if configErr(t, err) != ce {
		t.Fatalf("the call returned another error: %v", err)
	}
	it := client.Documents.ListAutoPaging(context.Background(), einvoice.ListDocumentsParams{})
	if it.Next() || configErr(t, it.Err()) != ce {
		t.Fatalf("auto-paging: %v", it.Err())
	}
	if rt.n != 0 {
		t.Fatalf("%d requests sent", rt.n)
	}
	// The copy that adds the missing credential is usable.
	if err := client.WithOptions(einvoice.WithAPIKey("sk_test_1")).Err(); err != nil {
		t.Fatal(err)
	}
}

func TestConfigErrorEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv("EINVOICE_API_KEY", "sk_test_env")
	if err := einvoice.NewClient().Err(); err != nil {
		t.Fatalf("EINVOICE_API_KEY is a credential: %v", err)
	}
	t.Setenv("EINVOICE_API_KEY", "")
	t.Setenv("EINVOICE_CLIENT_ID", "cli_env")
	ce := configErr(t, einvoice.NewClient().Err())
	if ce.EnvVar != "EINVOICE_CLIENT_SECRET" || !strings.Contains(ce.Error(), "EINVOICE_CLIENT_ID is set but EINVOICE_CLIENT_SECRET is not") {
		t.Fatalf("half an environment credential: %+v", ce)
	}
	t.Setenv("EINVOICE_CLIENT_SECRET", "cs_env")
	if err := einvoice.NewClient().Err(); err != nil {
		t.Fatalf("EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET are a credential: %v", err)
	}
}

func TestConfigErrorInvalidOptions(t *testing.T) {
	clearEnv(t)
	cases := []struct {
		opts          []einvoice.RequestOption
		option, env   string
		wantInMessage string
	}{
		{[]einvoice.RequestOption{einvoice.WithAPIKey("k"), einvoice.WithBaseURL("api.einvoice.dev")}, "WithBaseURL", "EINVOICE_BASE_URL", `the base URL must be an http(s) URL such as https://api.einvoice.dev, got "api.einvoice.dev": use WithBaseURL (or set EINVOICE_BASE_URL)`},
		{[]einvoice.RequestOption{einvoice.WithAPIKey("k"), einvoice.WithBaseURL("ftp://api.test")}, "WithBaseURL", "EINVOICE_BASE_URL", `got "ftp://api.test"`},
		{[]einvoice.RequestOption{einvoice.WithAPIKey("k"), einvoice.WithMaxRetries(-1)}, "WithMaxRetries", "", "WithMaxRetries needs a retry budget >= 0, got -1"},
		{[]einvoice.RequestOption{einvoice.WithAPIKey("k"), einvoice.WithRequestTimeout(0)}, "WithRequestTimeout", "", "WithRequestTimeout needs a positive per-attempt timeout, got 0s"},
		{[]einvoice.RequestOption{einvoice.WithCredentials("cli", "")}, "WithCredentials", "EINVOICE_CLIENT_SECRET", "the GSTIN credential has no client secret: use WithCredentials(clientID, clientSecret)"},
		{[]einvoice.RequestOption{einvoice.WithGSTINCredential(quickGSTIN, "", "cs")}, "WithGSTINCredential", "EINVOICE_CLIENT_ID", "the credential of GSTIN " + quickGSTIN + " has no client id"},
	}
	for _, c := range cases {
		ce := configErr(t, einvoice.NewClient(append([]einvoice.RequestOption{einvoice.WithBaseURL("http://api.test")}, c.opts...)...).Err())
		if ce.Option != c.option || ce.EnvVar != c.env || !strings.Contains(ce.Error(), c.wantInMessage) {
			t.Errorf("%s: got %+v (%q)", c.option, ce, ce.Error())
		}
	}
	// Per-call options are checked too, before any request.
	rt := &countingTransport{}
	client := einvoice.NewClient(einvoice.WithBaseURL("http://api.test"), einvoice.WithAPIKey("k"), einvoice.WithHTTPClient(&http.Client{Transport: rt}))
	_, err := client.GSTINs.Get(context.Background(), quickGSTIN, einvoice.WithRequestTimeout(-time.Second))
	if ce := configErr(t, err); ce.Option != "WithRequestTimeout" || rt.n != 0 {
		t.Fatalf("per call: %+v, %d requests", ce, rt.n)
	}
}

// A usable client lacking the credential of one operation returns *ConfigError from that call.
func TestConfigErrorPerOperation(t *testing.T) {
	clearEnv(t)
	rt := &countingTransport{}
	admin := einvoice.NewClient(einvoice.WithBaseURL("http://api.test"), einvoice.WithAPIKey("sk_test_1"), einvoice.WithHTTPClient(&http.Client{Transport: rt}))
	_, err := admin.IRN.Get(context.Background(), strings.Repeat("0", 64))
	if ce := configErr(t, err); ce.Option != "WithCredentials" || !strings.Contains(ce.Error(), "(or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET)") {
		t.Fatalf("GSTIN operation on an admin client: %v", err)
	}
	gstinClient := einvoice.NewClient(einvoice.WithBaseURL("http://api.test"), einvoice.WithCredentials("cli", "cs"), einvoice.WithHTTPClient(&http.Client{Transport: rt}))
	_, err = gstinClient.GSTINs.Get(context.Background(), quickGSTIN)
	if ce := configErr(t, err); ce.Option != "WithAPIKey" || ce.Error() != "einvoice: getGstin needs the account API key: use WithAPIKey (or set EINVOICE_API_KEY)" {
		t.Fatalf("account operation on a GSTIN client: %v", err)
	}
	if rt.n != 0 {
		t.Fatalf("%d requests sent", rt.n)
	}
}
