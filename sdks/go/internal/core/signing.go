package core

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
)

// SigningKey enables RFC 9421 request signing (HMAC-SHA256). Secret is the raw key.
type SigningKey struct {
	KeyID  string
	Secret []byte
	Label  string
}

// ContentDigest is the RFC 9530 sha-256 Content-Digest value of body.
func ContentDigest(body []byte) string {
	sum := sha256.Sum256(body)
	return "sha-256=:" + base64.StdEncoding.EncodeToString(sum[:]) + ":"
}

// SignatureParams serialises the component list and parameters (alg omitted when empty).
func SignatureParams(components []string, created int64, keyID, alg string) string {
	quoted := make([]string, len(components))
	for i, c := range components {
		quoted[i] = `"` + c + `"`
	}
	s := fmt.Sprintf(`(%s);created=%d;keyid="%s"`, strings.Join(quoted, " "), created, keyID)
	if alg != "" {
		s += `;alg="` + alg + `"`
	}
	return s
}

// SignatureBase is the RFC 9421 section 2.5 signature base. headers maps lower-case names to values.
func SignatureBase(method, target string, headers map[string]string, components []string, params string) (string, error) {
	u, err := url.Parse(target)
	if err != nil {
		return "", err
	}
	lines := make([]string, 0, len(components)+1)
	for _, c := range components {
		var v string
		switch c {
		case "@method":
			v = strings.ToUpper(method)
		case "@target-uri":
			v = target
		case "@authority":
			v = strings.ToLower(u.Host)
		case "@path":
			v = u.EscapedPath()
		case "@query":
			v = "?" + u.RawQuery
		default:
			hv, ok := headers[strings.ToLower(c)]
			if !ok {
				return "", fmt.Errorf("cannot sign: header %s is missing", c)
			}
			v = strings.TrimSpace(hv)
		}
		lines = append(lines, fmt.Sprintf(`"%s": %s`, c, v))
	}
	lines = append(lines, `"@signature-params": `+params)
	return strings.Join(lines, "\n"), nil
}

// HMACSignature is base64(HMAC-SHA256(secret, base)).
func HMACSignature(base string, secret []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(base))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// SignRequest returns the headers to add: content-digest (with a body), signature-input and signature.
func SignRequest(method, target string, body []byte, key SigningKey, created int64) (map[string]string, error) {
	out := map[string]string{}
	components := []string{"@method", "@target-uri"}
	if body != nil {
		out["content-digest"] = ContentDigest(body)
		components = append(components, "content-digest")
	}
	params := SignatureParams(components, created, key.KeyID, "hmac-sha256")
	base, err := SignatureBase(method, target, out, components, params)
	if err != nil {
		return nil, err
	}
	label := key.Label
	if label == "" {
		label = "sig1"
	}
	out["signature-input"] = label + "=" + params
	out["signature"] = label + "=:" + HMACSignature(base, key.Secret) + ":"
	return out, nil
}
