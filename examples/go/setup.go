package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// The sandbox IRP accepts any user name with this password. In production these are the API user and
// password you created on the e-invoice portal for your GSP.
const (
	irpUsername = "demo"
	irpPassword = "sandbox"
)

// registerGSTIN registers the seller's GSTIN with the account. It reports registered=false when the GSTIN
// was already registered (409 gstin_exists), which is what a second run sees.
func registerGSTIN(ctx context.Context, admin *einvoice.Client) (registered bool, err error) {
	_, err = admin.GSTINs.Register(ctx, einvoice.RegisterGSTINRequest{
		GSTIN:       sellerGSTIN,
		IRPUsername: irpUsername,
		IRPPassword: irpPassword,
	})
	var apiErr *einvoice.Error
	switch {
	case err == nil:
		return true, nil
	case errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusConflict && apiErr.Code == "gstin_exists":
		return false, nil
	default:
		return false, fmt.Errorf("register GSTIN %s: %w", sellerGSTIN, err)
	}
}

// createCredential creates an OAuth client for the GSTIN. Its secret is shown only in this answer: a real
// integration stores it in its secret manager.
func createCredential(ctx context.Context, admin *einvoice.Client) (*einvoice.CredentialWithSecret, error) {
	cred, err := admin.Credentials.Create(ctx, sellerGSTIN, einvoice.CreateCredentialRequest{
		Name: einvoice.Ptr("go quickstart"),
		Scopes: []einvoice.Scope{
			einvoice.ScopeIRNWrite, einvoice.ScopeEWBWrite, einvoice.ScopeNotesWrite, einvoice.ScopeRead,
		},
	})
	if err != nil {
		return nil, fmt.Errorf("create a credential for %s: %w", sellerGSTIN, err)
	}
	return cred, nil
}

// newGSTINClient is the client for the GSTIN's own operations (IRNs, e-way bills). It exchanges the
// credential for access tokens itself, and fetches a new one before the old one expires.
func newGSTINClient(baseURL string, cred *einvoice.CredentialWithSecret) *einvoice.Client {
	return einvoice.NewClient(
		einvoice.WithBaseURL(baseURL),
		einvoice.WithGSTINCredential(cred.GSTIN, cred.ClientID, cred.ClientSecret),
		einvoice.WithGSTIN(cred.GSTIN),
	)
}

// createWebhookEndpoint subscribes url to irn.generated events. The answer carries the endpoint's whsec_
// signing secret, shown only here.
func createWebhookEndpoint(ctx context.Context, admin *einvoice.Client, url string) (*einvoice.WebhookEndpointWithSecret, error) {
	endpoint, err := admin.WebhookEndpoints.Create(ctx, einvoice.CreateWebhookEndpointRequest{
		URL:         url,
		Description: einvoice.Ptr("go quickstart receiver"),
		Events:      []einvoice.EventFilter{einvoice.EventFilterIRNGenerated},
	})
	if err != nil {
		return nil, fmt.Errorf("create a webhook endpoint for %s: %w", url, err)
	}
	return endpoint, nil
}
