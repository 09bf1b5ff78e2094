// Command einvoice-quickstart walks one invoice through the einvoice API with the Go SDK: register a
// GSTIN, generate an IRN, read it back, see a validation error, make and cancel an e-way bill, cancel the
// IRN, and receive the irn.generated webhook on a local receiver, verified with the SDK.
//
// Configure it with environment variables only:
//
//	EINVOICE_API_KEY   the account API key (sk_test_...) that ./scripts/start.sh prints; required
//	EINVOICE_BASE_URL  the server, default http://127.0.0.1:8080
//
// It exits 0 when every step did what it should, 1 with the reason otherwise.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

const (
	defaultBaseURL = "http://127.0.0.1:8080"
	// runTimeout bounds the whole program: each step takes well under a second on a sandbox server, but
	// a busy machine can be slow, and a hung server must not hang the program.
	runTimeout = 3 * time.Minute
	// webhookTimeout is how long to wait for the irn.generated delivery.
	webhookTimeout = 30 * time.Second
	// cleanupTimeout bounds deleting the webhook endpoint and stopping the receiver, which run even
	// after runTimeout has passed.
	cleanupTimeout = 10 * time.Second
)

type config struct {
	baseURL string
	apiKey  string
}

func configFromEnv() (config, error) {
	cfg := config{baseURL: os.Getenv("EINVOICE_BASE_URL"), apiKey: os.Getenv("EINVOICE_API_KEY")}
	if cfg.baseURL == "" {
		cfg.baseURL = defaultBaseURL
	}
	if !strings.HasPrefix(cfg.apiKey, "sk_") {
		return cfg, errors.New("set EINVOICE_API_KEY to the account API key (sk_test_...) that ./scripts/start.sh printed")
	}
	return cfg, nil
}

func main() {
	if err := runFromEnv(); err != nil {
		fmt.Fprintf(os.Stderr, "\nFAILED: %v\n", err)
		os.Exit(1)
	}
}

func runFromEnv() error {
	cfg, err := configFromEnv()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt) // Ctrl-C still cleans up
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, runTimeout)
	defer cancel()
	if err := run(ctx, cfg, transcript{os.Stdout}); err != nil {
		return err
	}
	fmt.Println("\nEvery step succeeded.")
	return nil
}

// run performs the steps in order and stops at the first one that fails. The webhook endpoint and the
// receiver are removed on the way out in every case, so a failed run leaves nothing behind.
func run(ctx context.Context, cfg config, t transcript) (err error) {
	t.say("einvoice Go quickstart against %s", cfg.baseURL)

	// The account API key administers the account: GSTINs, credentials, webhook endpoints.
	admin := einvoice.NewClient(einvoice.WithBaseURL(cfg.baseURL), einvoice.WithAPIKey(cfg.apiKey))

	t.step(1, "Register GSTIN %s (IRP user %q) and create an OAuth credential", sellerGSTIN, irpUsername)
	registered, err := registerGSTIN(ctx, admin)
	if err != nil {
		return err
	}
	if registered {
		t.say("   registered")
	} else {
		t.say("   already registered (409 gstin_exists): continuing")
	}
	cred, err := createCredential(ctx, admin)
	if err != nil {
		return err
	}
	t.say("   credential %s with scopes %v", cred.ClientID, cred.Scopes)
	client := newGSTINClient(cfg.baseURL, cred)

	t.step(2, "Start a webhook receiver and subscribe it to irn.generated")
	receiver, err := listenForWebhooks()
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, stopReceiver(ctx, receiver, t)) }()
	endpoint, err := createWebhookEndpoint(ctx, admin, receiver.URL())
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, deleteWebhookEndpoint(ctx, admin, endpoint.ID, t)) }()
	receiver.serve(endpoint.Secret)
	t.say("   listening on %s", receiver.URL())
	t.say("   endpoint %s, events %v", endpoint.ID, endpoint.Events)

	today := todayIST()
	invoice := sampleInvoice(newDocNumber(), today)
	t.step(3, "Generate an IRN for invoice %s dated %s", invoice.DocDtls.No, invoice.DocDtls.Dt)
	doc, err := generateIRN(ctx, client, invoice)
	if err != nil {
		return err
	}
	irn := *doc.IRN
	t.say("   IRN   %s", irn)
	t.say("   AckNo %s (%s)", deref(doc.AckNo), deref(doc.AckDt))

	t.step(4, "Read the IRN back")
	doc, err = client.IRN.Get(ctx, irn)
	if err != nil {
		return fmt.Errorf("get IRN %s: %w", irn, err)
	}
	t.say("   %s %s: status %s", doc.DocType, doc.DocNo, doc.Status)

	bad := sampleInvoice(newDocNumber(), today)
	bad.ValDtls.TotInvVal = 99999 // the lines add up to 1180
	t.step(5, "Generate invoice %s whose total (%.0f) does not add up", bad.DocDtls.No, bad.ValDtls.TotInvVal)
	apiErr, err := expectValidationError(ctx, client, bad)
	if err != nil {
		return err
	}
	t.say("   refused as expected: %d %s (%s): %s", apiErr.StatusCode, apiErr.Class(), apiErr.Code, apiErr.Title)
	for _, g := range apiErr.GSTNErrors {
		t.say("   NIC %s: %s", g.Code, g.Message)
		if g.Hint != "" {
			t.say("     hint: %s", g.Hint)
		}
	}

	t.step(6, "Generate an e-way bill for the IRN, then cancel it")
	ewb, err := generateEwayBill(ctx, client, irn)
	if err != nil {
		return err
	}
	t.say("   EwbNo %d, %s, valid until %s (%s km)", ewb.EWBNo, ewb.Status, deref(ewb.EWBValidTill), deref(ewb.DistanceKm))
	ewb, err = cancelEwayBill(ctx, client, ewb.EWBNo)
	if err != nil {
		return err
	}
	t.say("   EwbNo %d is %s", ewb.EWBNo, ewb.Status)

	t.step(7, "Cancel the IRN")
	doc, err = cancelIRN(ctx, client, irn)
	if err != nil {
		return err
	}
	t.say("   %s, CancelDate %s", doc.Status, deref(doc.CancelDate))

	t.step(8, "Wait for the irn.generated webhook (at most %s)", webhookTimeout)
	waitCtx, cancelWait := context.WithTimeout(ctx, webhookTimeout)
	defer cancelWait()
	eventID, event, err := receiver.waitForIRN(waitCtx, irn)
	if err != nil {
		return err
	}
	t.say("   %s %s for %s, signature verified", event.EventType(), eventID, event.Data.DocNo)
	return nil
}

// deleteWebhookEndpoint removes the endpoint run created. It gets its own deadline: it must also run
// after a step failed because ctx expired.
func deleteWebhookEndpoint(ctx context.Context, admin *einvoice.Client, id string, t transcript) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	if err := admin.WebhookEndpoints.Delete(ctx, id); err != nil {
		return fmt.Errorf("delete webhook endpoint %s: %w", id, err)
	}
	t.say("   deleted webhook endpoint %s", id)
	return nil
}

// stopReceiver shuts the webhook receiver down, with its own deadline like deleteWebhookEndpoint.
func stopReceiver(ctx context.Context, r *webhookReceiver, t transcript) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	if err := r.shutdown(ctx); err != nil {
		return fmt.Errorf("stop the webhook receiver: %w", err)
	}
	t.say("   stopped the webhook receiver")
	return nil
}

// transcript prints what the program does, one numbered step at a time.
type transcript struct{ w io.Writer }

func (t transcript) step(n int, format string, args ...any) {
	fmt.Fprintf(t.w, "\n%d. %s\n", n, fmt.Sprintf(format, args...))
}

func (t transcript) say(format string, args ...any) {
	fmt.Fprintf(t.w, format+"\n", args...)
}
