package core

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// WebhookTolerance is how far webhook-timestamp may be from now, both ways.
const WebhookTolerance = 300 * time.Second

// WebhookError says why a webhook did not verify; Reason is missing_headers, timestamp_too_old,
// timestamp_too_new or no_matching_signature.
type WebhookError struct {
	Reason string
}

func (e *WebhookError) Error() string {
	if e.Reason == "no_matching_signature" {
		return "einvoice: webhook: no signature matches (check the secret, and pass the raw body bytes, not re-encoded JSON)"
	}
	return "einvoice: webhook: " + e.Reason
}

func webhookKey(secret string) ([]byte, error) {
	return base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
}

// SignWebhook returns the webhook-signature value of payload for one secret.
func SignWebhook(msgID string, timestamp int64, payload []byte, secret string) (string, error) {
	key, err := webhookKey(secret)
	if err != nil {
		return "", err
	}
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "%s.%d.", msgID, timestamp)
	m.Write(payload)
	return "v1," + base64.StdEncoding.EncodeToString(m.Sum(nil)), nil
}

// VerifyWebhook checks a Standard Webhooks delivery against one or more secrets (rotation).
func VerifyWebhook(payload []byte, h http.Header, secrets []string, now time.Time) error {
	id, ts, sigs := h.Get("Webhook-Id"), h.Get("Webhook-Timestamp"), h.Get("Webhook-Signature")
	if id == "" || ts == "" || sigs == "" {
		return &WebhookError{Reason: "missing_headers"}
	}
	t, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return &WebhookError{Reason: "missing_headers"}
	}
	diff := now.Unix() - t
	if diff > int64(WebhookTolerance/time.Second) {
		return &WebhookError{Reason: "timestamp_too_old"}
	}
	if -diff > int64(WebhookTolerance/time.Second) {
		return &WebhookError{Reason: "timestamp_too_new"}
	}
	for _, secret := range secrets {
		want, err := SignWebhook(id, t, payload, secret)
		if err != nil {
			continue
		}
		for _, s := range strings.Split(sigs, " ") {
			if strings.HasPrefix(s, "v1,") && hmac.Equal([]byte(s), []byte(want)) {
				return nil
			}
		}
	}
	return &WebhookError{Reason: "no_matching_signature"}
}
