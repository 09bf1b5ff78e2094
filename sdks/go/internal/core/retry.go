package core

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// DefaultMaxRetries is the retry budget of every einvoice SDK.
const DefaultMaxRetries = 2

// MaxRetryAfter caps a server-requested delay.
const MaxRetryAfter = 60 * time.Second

// ShouldRetryStatus: 408, 409, 429 and 5xx, unless x-should-retry says otherwise.
func ShouldRetryStatus(status int, h http.Header) bool {
	switch h.Get("X-Should-Retry") {
	case "true":
		return true
	case "false":
		return false
	}
	return status == 408 || status == 409 || status == 429 || status >= 500
}

// RetryAfter reads retry-after-ms, then Retry-After (seconds or HTTP date); ok only for 0 < d <= 60 s.
func RetryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	var d time.Duration
	found := false
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil {
			d, found = time.Duration(ms*float64(time.Millisecond)), true
		}
	}
	if !found {
		if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
			if s, err := strconv.ParseFloat(v, 64); err == nil {
				d, found = time.Duration(s*float64(time.Second)), true
			} else if t, err := http.ParseTime(v); err == nil {
				d, found = t.Sub(now), true
			}
		}
	}
	if found && d > 0 && d <= MaxRetryAfter {
		return d, true
	}
	return 0, false
}

// Backoff is min(0.5 * 2^n, 8) s minus up to 25 % jitter; random is U[0, 1).
func Backoff(retryIndex int, random float64) time.Duration {
	base := 0.5
	for i := 0; i < retryIndex && base < 8; i++ {
		base *= 2
	}
	if base > 8 {
		base = 8
	}
	return time.Duration(base * (1 - random*0.25) * float64(time.Second))
}

// RetryDelay is the delay before retry number retryIndex (0-based) after a response with these headers.
func RetryDelay(retryIndex int, h http.Header, random float64, now time.Time) time.Duration {
	if h != nil {
		if d, ok := RetryAfter(h, now); ok {
			return d
		}
	}
	return Backoff(retryIndex, random)
}
