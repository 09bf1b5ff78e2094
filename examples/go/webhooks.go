package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

// maxWebhookBody bounds what the receiver reads: einvoice events are a few kilobytes.
const maxWebhookBody = 1 << 20

// webhookReceiver is a local HTTP server for einvoice webhooks on /webhooks. It verifies each delivery
// with the endpoint's secret and hands every delivery, verified or not, to waitForIRN.
//
// It listens before it serves: the listener gives the port for the endpoint's URL, and the endpoint's
// answer gives the secret the handler needs. Deliveries that arrive in between wait in the listen backlog.
type webhookReceiver struct {
	listener   net.Listener
	server     *http.Server
	deliveries chan delivery
}

// delivery is one POST to the receiver.
type delivery struct {
	id    string // webhook-id: the event's unique id, the same on every retry; de-duplicate on it
	event einvoice.WebhookEvent
	err   error // why it did not verify (then event is nil)
}

// listenForWebhooks opens the receiver's socket on a free loopback port.
func listenForWebhooks() (*webhookReceiver, error) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("webhook receiver: %w", err)
	}
	return &webhookReceiver{
		listener: listener,
		// Far more than this program expects; the handler drops deliveries rather than block on a full buffer.
		deliveries: make(chan delivery, 32),
	}, nil
}

// URL is where einvoice should deliver.
func (r *webhookReceiver) URL() string {
	return "http://" + r.listener.Addr().String() + "/webhooks"
}

// serve starts answering deliveries, verified with secret (the endpoint's whsec_ secret).
func (r *webhookReceiver) serve(secret string) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks", r.handle([]string{secret}))
	r.server = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := r.server.Serve(r.listener); !errors.Is(err, http.ErrServerClosed) {
			log.Printf("webhook receiver stopped: %v", err)
		}
	}()
}

// handle verifies a delivery's Standard Webhooks signature (webhook-id, webhook-timestamp,
// webhook-signature) over the raw body and decodes the event. A 2xx tells einvoice the event arrived;
// anything else makes it retry later, which is right for a delivery that does not verify.
func (r *webhookReceiver) handle(secrets []string) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		// Verify the bytes exactly as received: re-encoded JSON would not match the signature.
		body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, maxWebhookBody))
		if err != nil {
			http.Error(w, "cannot read the body", http.StatusBadRequest)
			return
		}
		event, err := einvoice.ConstructEvent(body, req.Header, secrets, time.Now())
		if err != nil {
			http.Error(w, "signature does not verify", http.StatusBadRequest)
		} else {
			w.WriteHeader(http.StatusNoContent)
		}
		select {
		case r.deliveries <- delivery{id: req.Header.Get("webhook-id"), event: event, err: err}:
		default:
		}
	}
}

// waitForIRN returns the verified irn.generated delivery for irn, skipping other events. It fails as soon
// as a delivery does not verify, or when ctx ends.
func (r *webhookReceiver) waitForIRN(ctx context.Context, irn string) (string, *einvoice.IRNGeneratedEvent, error) {
	for {
		select {
		case <-ctx.Done():
			return "", nil, fmt.Errorf("no irn.generated webhook for IRN %s arrived: %w", irn, ctx.Err())
		case d := <-r.deliveries:
			if d.err != nil {
				return "", nil, fmt.Errorf("webhook delivery %s did not verify: %w", d.id, d.err)
			}
			if e, ok := d.event.(*einvoice.IRNGeneratedEvent); ok && e.Data.IRN != nil && *e.Data.IRN == irn {
				return d.id, e, nil
			}
		}
	}
}

// shutdown stops the receiver, letting a delivery in progress finish.
func (r *webhookReceiver) shutdown(ctx context.Context) error {
	if r.server == nil { // never served: only the socket is open
		return r.listener.Close()
	}
	return r.server.Shutdown(ctx)
}
