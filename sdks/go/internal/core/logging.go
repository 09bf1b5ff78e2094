package core

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// redactedHeaders never reach a log with their values: credentials and signatures.
var redactedHeaders = map[string]bool{
	"Authorization": true, "Signature": true, "Signature-Input": true, "Cookie": true, "Set-Cookie": true, "X-Api-Key": true,
}

// RedactHeaders returns the headers as a flat map with every credential-bearing value replaced.
func RedactHeaders(h http.Header) map[string]string {
	out := make(map[string]string, len(h))
	for k, vs := range h {
		if redactedHeaders[http.CanonicalHeaderKey(k)] {
			out[k] = "[redacted]"
			continue
		}
		out[k] = strings.Join(vs, ", ")
	}
	return out
}

// logAttempt writes one line per HTTP attempt: method, path (never the query: document numbers are personal
// data), status, request id, attempt and latency at Info; the redacted headers as well at Debug. Bodies never.
func logAttempt(ctx context.Context, l *slog.Logger, method, target string, attempt int, latency time.Duration, reqHeader http.Header, resp *http.Response, err error) {
	if l == nil || !l.Enabled(ctx, slog.LevelInfo) && !l.Enabled(ctx, slog.LevelDebug) {
		return
	}
	path := target
	if u, perr := url.Parse(target); perr == nil {
		path = u.Path
	}
	attrs := []slog.Attr{
		slog.String("method", method),
		slog.String("path", path),
		slog.Int("attempt", attempt+1), // from 1, as in every SDK
		slog.Int64("latency_ms", latency.Milliseconds()),
	}
	if resp != nil {
		attrs = append(attrs, slog.Int("status", resp.StatusCode), slog.String("request_id", resp.Header.Get("X-Request-Id")))
		if strings.EqualFold(resp.Header.Get("Idempotent-Replayed"), "true") {
			attrs = append(attrs, slog.Bool("idempotent_replayed", true))
		}
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", err.Error()))
	}
	if l.Enabled(ctx, slog.LevelDebug) {
		attrs = append(attrs, slog.Any("request_headers", RedactHeaders(reqHeader)))
		if resp != nil {
			attrs = append(attrs, slog.Any("response_headers", RedactHeaders(resp.Header)))
		}
		l.LogAttrs(ctx, slog.LevelDebug, "einvoice request", attrs...)
		return
	}
	l.LogAttrs(ctx, slog.LevelInfo, "einvoice request", attrs...)
}
