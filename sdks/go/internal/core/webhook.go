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

// WebhookError says why a webhook did not verify. Code is the same in every einvoice SDK:
// invalid_secret, missing_headers, invalid_timestamp, timestamp_too_old, timestamp_too_new or
// no_matching_signature. Reason is the same value, kept for code written against 0.1.
type WebhookError struct {
	Code   string
	Reason string
}

func webhookError(code string) *WebhookError { return &WebhookError{Code: code, Reason: code} }

func (e *WebhookError) Error() string {
	switch e.Code {
	case "no_matching_signature":
		return "einvoice: webhook: no signature matches (check the secret, and pass the raw body bytes, not re-encoded JSON)"
	case "invalid_secret":
		return "einvoice: webhook: the secret is not whsec_ followed by base64 (copy it from the endpoint's creation or rotation)"
	}
	return "einvoice: webhook: " + e.Code
}

// webhookKey decodes whsec_<base64> strictly: anything else is invalid_secret, never a different key.
func webhookKey(secret string) ([]byte, error) {
	key, err := base64.StdEncoding.Strict().DecodeString(strings.TrimPrefix(secret, "whsec_"))
	if err != nil || len(key) == 0 {
		return nil, webhookError("invalid_secret")
	}
	return key, nil
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
	for _, secret := range secrets {
		if _, err := webhookKey(secret); err != nil {
			return err
		}
	}
	if id == "" || ts == "" || sigs == "" {
		return webhookError("missing_headers")
	}
	t, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return webhookError("invalid_timestamp")
	}
	diff := now.Unix() - t
	if diff > int64(WebhookTolerance/time.Second) {
		return webhookError("timestamp_too_old")
	}
	if -diff > int64(WebhookTolerance/time.Second) {
		return webhookError("timestamp_too_new")
	}
	for _, secret := range secrets {
		want, err := SignWebhook(id, t, payload, secret)
		if err != nil {
			return err
		}
		for _, s := range strings.Split(sigs, " ") {
			if strings.HasPrefix(s, "v1,") && hmac.Equal([]byte(s), []byte(want)) {
				return nil
			}
		}
	}
	return webhookError("no_matching_signature")
}
