package einvoice

import (
	"net/http"
	"strconv"
	"time"

	"github.com/einvoice-dev/einvoice/sdks/go/internal/core"
)

// WebhookError says why a delivery did not verify; its Code is the same in every einvoice SDK
// (invalid_secret, missing_headers, invalid_timestamp, timestamp_too_old, timestamp_too_new,
// no_matching_signature).
type WebhookError = core.WebhookError

// VerifyWebhook checks a Standard Webhooks delivery. Pass the raw body bytes exactly as received; give
// several secrets during a rotation. now is injectable for tests (time.Now in production).
func VerifyWebhook(payload []byte, header http.Header, secrets []string, now time.Time) error {
	return core.VerifyWebhook(payload, header, secrets, now)
}

// ConstructEvent verifies the delivery, then decodes it into its event type (*UnknownWebhookEvent for
// event types newer than this SDK).
func ConstructEvent(payload []byte, header http.Header, secrets []string, now time.Time) (WebhookEvent, error) {
	if err := core.VerifyWebhook(payload, header, secrets, now); err != nil {
		return nil, err
	}
	return ParseWebhookEvent(payload)
}

// SignWebhook returns the webhook-signature value for one secret (to test your own receiver).
func SignWebhook(msgID string, timestamp int64, payload []byte, secret string) (string, error) {
	return core.SignWebhook(msgID, timestamp, payload, secret)
}

// WebhookHeaders returns the three headers a delivery of payload carries (webhook-id, webhook-timestamp,
// webhook-signature), signed with secret: what a test of your receiver sends.
func WebhookHeaders(msgID string, timestamp time.Time, payload []byte, secret string) (http.Header, error) {
	sig, err := core.SignWebhook(msgID, timestamp.Unix(), payload, secret)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	h.Set("Webhook-Id", msgID)
	h.Set("Webhook-Timestamp", strconv.FormatInt(timestamp.Unix(), 10))
	h.Set("Webhook-Signature", sig)
	return h, nil
}
