package einvoice_test

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	einvoice "github.com/einvoice-dev/einvoice/sdks/go"
)

type scenarioFile struct {
	ID          string `json:"id"`
	Description string `json:"description"`
	Scenario    string `json:"scenario"`
	// Credential names one of the contract server's credentials (empty: its default one).
	Credential string `json:"credential"`
	Client     struct {
		MaxRetries           *int `json:"max_retries"`
		TimeoutMS            *int `json:"timeout_ms"`
		StatusPollIntervalMS *int `json:"status_poll_interval_ms"`
		// SigningKey: "credential" signs with the credential's key, "wrong" with a key that is not its.
		SigningKey string `json:"signing_key"`
		// LogLevel turns the SDK's logging on; the runner captures it through WithLogger.
		LogLevel string `json:"log_level"`
		AppInfo  *struct {
			Name    string `json:"name"`
			Version string `json:"version"`
			URL     string `json:"url"`
		} `json:"app_info"`
		// APIVersion pins a dated API version (WithAPIVersion).
		APIVersion string `json:"api_version"`
	} `json:"client"`
	Call callSpec `json:"call"`
	// Steps run before Call (SaveAs keeps a result for {"$ref": "name.field"}); Finally runs after it, always.
	Steps       []callSpec `json:"steps"`
	Finally     []callSpec `json:"finally"`
	Concurrency int        `json:"concurrency"`
	Expect      struct {
		Outcome        string                     `json:"outcome"`
		Status         *int                       `json:"status"`
		ErrorClass     string                     `json:"error_class"`
		ErrorCode      string                     `json:"error_code"`
		Attempts       *int                       `json:"attempts"`
		SameKey        bool                       `json:"same_idempotency_key"`
		Delays         []struct{ Min, Max int64 } `json:"delays_ms"`
		TokenRequests  *int                       `json:"token_requests"`
		StatusRequests *int                       `json:"status_requests"`
		Replayed       *bool                      `json:"replayed"`
		GSTNErrors     bool                       `json:"gstn_errors"`
		RequestID      bool                       `json:"request_id"`
		GSTNError      *struct {
			Code    string `json:"code"`
			Pointer string `json:"pointer"`
			Message bool   `json:"message"`
			Hint    bool   `json:"hint"`
		} `json:"gstn_error"`
		DistinctRequestIDs bool `json:"distinct_request_ids"`
		Log                *struct {
			OneRecordPerRequest bool `json:"one_record_per_request"`
			Redacted            bool `json:"redacted"`
		} `json:"log"`
		UserAgentSuffix *string `json:"user_agent_suffix"`
		// APIVersion: every request sent Einvoice-Version with it and every answer echoed it.
		APIVersion *string `json:"api_version"`
		// Result: {pointer: value}, each JSON pointer into the call's result equal to the value (a $ref resolved).
		Result map[string]json.RawMessage `json:"result"`
	} `json:"expect"`
	// unknownExpect lists expectation keys this runner does not check: the scenario fails instead of passing.
	unknownExpect []string
}

var knownExpect = map[string]bool{
	"outcome": true, "status": true, "error_class": true, "error_code": true, "attempts": true,
	"same_idempotency_key": true, "delays_ms": true, "token_requests": true, "status_requests": true,
	"replayed": true, "gstn_errors": true, "request_id": true, "gstn_error": true, "distinct_request_ids": true,
	"log": true, "user_agent_suffix": true, "api_version": true, "result": true,
}

// wrongSigningSecret is no credential's signing key (32 zero bytes): what `signing_key: "wrong"` signs with.
var wrongSigningSecret = make([]byte, 32)

func conformanceDir() string { return filepath.Join(repoRoot(), "spec", "conformance") }

func loadScenarios(t *testing.T) []scenarioFile {
	files, _ := filepath.Glob(filepath.Join(conformanceDir(), "scenarios", "*.json"))
	sort.Strings(files)
	var out []scenarioFile
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var s scenarioFile
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var keys struct {
			Expect map[string]json.RawMessage `json:"expect"`
		}
		_ = json.Unmarshal(b, &keys)
		for k := range keys.Expect {
			if !knownExpect[k] {
				s.unknownExpect = append(s.unknownExpect, k)
			}
		}
		out = append(out, s)
	}
	return out
}

func istToday() string {
	return time.Now().UTC().Add(330 * time.Minute).Format("02/01/2006")
}

// resolveFixture turns {"$fixture": name, "set": {pointer: value}} into the document.
func resolveFixture(t testing.TB, raw json.RawMessage, gstin string) map[string]any {
	var spec struct {
		Fixture string         `json:"$fixture"`
		Set     map[string]any `json:"set"`
	}
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(conformanceDir(), "fixtures", spec.Fixture+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var rnd [5]byte
	_, _ = rand.Read(rnd[:])
	text := strings.NewReplacer("{{gstin}}", gstin, "{{doc_no}}", "CT/"+strings.ToUpper(hex.EncodeToString(rnd[:])), "{{doc_date}}", istToday()).Replace(string(b))
	var doc map[string]any
	if err := json.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatal(err)
	}
	for ptr, v := range spec.Set {
		keys := strings.Split(ptr, "/")[1:]
		parent := doc
		for _, k := range keys[:len(keys)-1] {
			parent = parent[k].(map[string]any)
		}
		parent[keys[len(keys)-1]] = v
	}
	return doc
}

func toInvoice(t testing.TB, doc map[string]any) einvoice.Invoice {
	b, _ := json.Marshal(doc)
	var inv einvoice.Invoice
	if err := json.Unmarshal(b, &inv); err != nil {
		t.Fatal(err)
	}
	return inv
}

// callSpec is one SDK call of a scenario: its call, a step before it, or a clean-up after it.
type callSpec struct {
	Operation string                     `json:"operation"`
	Args      map[string]json.RawMessage `json:"args"`
	Options   callOptions                `json:"options"`
	// Credential ({"$ref": name}) makes a step with the GSTIN credential a step saved as name.
	Credential json.RawMessage `json:"credential"`
	SaveAs     string          `json:"save_as"`
}

// callOptions are a call's per-request options; Tenant (a string or a $ref) is sent with WithTenant.
type callOptions struct {
	TimeoutMS  *int            `json:"timeout_ms"`
	MaxRetries *int            `json:"max_retries"`
	Tenant     json.RawMessage `json:"tenant"`
}

// requestOptions are the call's options as the SDK's per-call RequestOptions.
func (o callOptions) requestOptions(saved map[string]map[string]any) ([]einvoice.RequestOption, error) {
	var opts []einvoice.RequestOption
	if o.TimeoutMS != nil {
		opts = append(opts, einvoice.WithRequestTimeout(time.Duration(*o.TimeoutMS)*time.Millisecond))
	}
	if o.MaxRetries != nil {
		opts = append(opts, einvoice.WithMaxRetries(*o.MaxRetries))
	}
	if len(o.Tenant) > 0 {
		tenant, err := argString(o.Tenant, saved)
		if err != nil {
			return nil, err
		}
		opts = append(opts, einvoice.WithTenant(tenant))
	}
	return opts, nil
}

// resolveValue is a JSON value of a scenario with a {"$ref": "name.field"} replaced by that saved field.
func resolveValue(raw json.RawMessage, saved map[string]map[string]any) (any, error) {
	var ref struct {
		Ref string `json:"$ref"`
	}
	if json.Unmarshal(raw, &ref) == nil && ref.Ref != "" {
		name, field, _ := strings.Cut(ref.Ref, ".")
		obj, ok := saved[name]
		if !ok {
			return nil, fmt.Errorf("no step saved %s", name)
		}
		if field == "" {
			return obj, nil
		}
		return obj[field], nil
	}
	var v any
	err := json.Unmarshal(raw, &v)
	return v, err
}

// atPointer is the value a JSON pointer (RFC 6901) names in a decoded JSON document; ok false when none.
func atPointer(doc any, pointer string) (any, bool) {
	for _, key := range strings.Split(pointer, "/")[1:] {
		key = strings.NewReplacer("~1", "/", "~0", "~").Replace(key)
		obj, isObj := doc.(map[string]any)
		if !isObj {
			return nil, false
		}
		v, ok := obj[key]
		if !ok {
			return nil, false
		}
		doc = v
	}
	return doc, true
}

// stepOperations are the operations of a scenario's steps and clean-up other than its call's: not attempts.
func (s scenarioFile) stepOperations() map[string]bool {
	ops := map[string]bool{}
	for _, c := range append(append([]callSpec{}, s.Steps...), s.Finally...) {
		if c.Operation != s.Call.Operation {
			ops[c.Operation] = true
		}
	}
	return ops
}

// argString reads a string argument: a JSON string, or {"$ref": "name.field"} of a saved step's JSON.
func argString(raw json.RawMessage, saved map[string]map[string]any) (string, error) {
	var ref struct {
		Ref string `json:"$ref"`
	}
	if json.Unmarshal(raw, &ref) == nil && ref.Ref != "" {
		name, field, _ := strings.Cut(ref.Ref, ".")
		obj, ok := saved[name]
		if !ok {
			return "", fmt.Errorf("no step saved %s", name)
		}
		v, _ := obj[field].(string)
		return v, nil
	}
	var v string
	err := json.Unmarshal(raw, &v)
	return v, err
}

// asJSON is a result as the JSON object it was sent as, for later {"$ref": ...}.
func asJSON(v any) map[string]any {
	b, _ := json.Marshal(v)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return m
}

type outcome struct {
	resp  *http.Response
	value any
	err   error
}

// accountKeyOperations are the operations made with the account key (the contract server's api_key).
var accountKeyOperations = map[string]bool{
	"createTenant": true, "registerGstin": true, "createCredential": true, "deleteGstin": true, "getUsage": true,
}

// knownOperations are the operations callOperation makes: the GSTIN's and the account key's.
var knownOperations = func() map[string]bool {
	ops := map[string]bool{
		"generateIrn": true, "getIrn": true, "listDocuments": true, "getStatus": true, "getEwb": true,
		"cancelIrn": true, "createTestClock": true, "advanceTestClock": true, "deleteTestClock": true,
	}
	for op := range accountKeyOperations {
		ops[op] = true
	}
	return ops
}()

// stringArgs are a call's arguments that are strings or {"$ref": ...}s, resolved (argString); others are left out.
func stringArgs(args map[string]json.RawMessage, saved map[string]map[string]any) (map[string]string, error) {
	out := map[string]string{}
	for name, raw := range args {
		var ref struct {
			Ref string `json:"$ref"`
		}
		var text string
		if (json.Unmarshal(raw, &ref) == nil && ref.Ref != "") || json.Unmarshal(raw, &text) == nil {
			v, err := argString(raw, saved)
			if err != nil {
				return nil, err
			}
			out[name] = v
		}
	}
	return out, nil
}

// withBody decodes the call's `body` argument into the model the SDK method takes, then makes the call.
func withBody[T any](call callSpec, do func(T) (any, error)) (any, error) {
	var body T
	if err := json.Unmarshal(call.Args["body"], &body); err != nil {
		return nil, err
	}
	return do(body)
}

func callOperation(ctx context.Context, t testing.TB, c *einvoice.Client, call callSpec, saved map[string]map[string]any, opts ...einvoice.RequestOption) (any, error) {
	str, err := stringArgs(call.Args, saved)
	if err != nil {
		return nil, err
	}
	switch call.Operation {
	case "generateIrn":
		return c.IRN.Generate(ctx, toInvoice(t, resolveFixture(t, call.Args["invoice"], contract.GSTIN)), opts...)
	case "getIrn":
		return c.IRN.Get(ctx, str["irn"], opts...)
	case "listDocuments":
		var p struct {
			Limit *int64 `json:"limit"`
		}
		_ = json.Unmarshal(call.Args["params"], &p)
		return c.Documents.List(ctx, einvoice.ListDocumentsParams{Limit: p.Limit}, opts...)
	case "getStatus":
		return c.Status.Get(ctx, opts...)
	case "getEwb":
		var ewbNo int64 // the integer the models hold: no conversion on the way to the SDK
		if err := json.Unmarshal(call.Args["ewb_no"], &ewbNo); err != nil {
			return nil, err
		}
		return c.EWB.Get(ctx, ewbNo, opts...)
	case "cancelIrn":
		return withBody(call, func(b einvoice.CancelIRNRequest) (any, error) { return c.IRN.Cancel(ctx, str["irn"], b, opts...) })
	case "createTestClock":
		return withBody(call, func(b einvoice.CreateTestClockRequest) (any, error) { return c.TestClocks.Create(ctx, b, opts...) })
	case "advanceTestClock":
		return withBody(call, func(b einvoice.AdvanceTestClockRequest) (any, error) {
			return c.TestClocks.Advance(ctx, str["test_clock_id"], b, opts...)
		})
	case "deleteTestClock":
		return c.TestClocks.Delete(ctx, str["test_clock_id"], opts...)
	// The account-key operations (accountKeyOperations: the client has the contract server's api_key).
	case "createTenant":
		return withBody(call, func(b einvoice.CreateTenantRequest) (any, error) { return c.Platforms.CreateTenant(ctx, b, opts...) })
	case "registerGstin":
		return withBody(call, func(b einvoice.RegisterGSTINRequest) (any, error) { return c.GSTINs.Register(ctx, b, opts...) })
	case "createCredential":
		return withBody(call, func(b einvoice.CreateCredentialRequest) (any, error) {
			return c.Credentials.Create(ctx, str["gstin"], b, opts...)
		})
	case "deleteGstin":
		return c.GSTINs.Delete(ctx, str["gstin"], opts...)
	case "getUsage":
		var params einvoice.GetUsageParams
		if raw, ok := call.Args["params"]; ok {
			if err := json.Unmarshal(raw, &params); err != nil {
				return nil, err
			}
		}
		return c.Usage.GetUsage(ctx, params, opts...)
	}
	return nil, fmt.Errorf("the runner does not know operation %s", call.Operation)
}

// runSteps makes the calls in order, saving results named by SaveAs; it stops at the first error.
func runSteps(t testing.TB, c *einvoice.Client, steps []callSpec, saved map[string]map[string]any) error {
	for _, step := range steps {
		opts, err := step.Options.requestOptions(saved)
		if err != nil {
			return fmt.Errorf("step %s: %w", step.Operation, err)
		}
		sc := c
		if len(step.Credential) > 0 {
			// A credential a step created (its client id and secret): a copy of the client acting for its GSTIN.
			v, err := resolveValue(step.Credential, saved)
			created, ok := v.(map[string]any)
			if err != nil || !ok {
				return fmt.Errorf("step %s: credential %s: %v", step.Operation, step.Credential, err)
			}
			gstin, _ := created["gstin"].(string)
			id, _ := created["client_id"].(string)
			secret, _ := created["client_secret"].(string)
			sc = c.WithOptions(einvoice.WithGSTINCredential(gstin, id, secret), einvoice.WithGSTIN(gstin))
		}
		out, err := callOperation(context.Background(), t, sc, step, saved, opts...)
		if err != nil {
			return fmt.Errorf("step %s: %w", step.Operation, err)
		}
		if step.SaveAs != "" {
			saved[step.SaveAs] = asJSON(out)
		}
	}
	return nil
}

type recorded struct {
	OperationID    *string `json:"operationId"`
	IdempotencyKey *string `json:"idempotencyKey"`
	At             int64   `json:"at"`
	Violation      *string `json:"violation"`
	UserAgent      *string `json:"userAgent"`
	RequestID      *string `json:"requestId"`
	APIVersion     *string `json:"apiVersion"`
	AnsweredIn     *string `json:"answeredApiVersion"`
}

// syncBuilder collects log output from concurrent calls.
type syncBuilder struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *syncBuilder) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncBuilder) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

func runScenario(t *testing.T, s scenarioFile) []string {
	if len(s.unknownExpect) > 0 {
		return []string{"the runner does not check " + strings.Join(s.unknownExpect, ", ")}
	}
	run := fmt.Sprintf("go-%d-%s", time.Now().UnixNano(), s.ID)
	cred := contract.contractCredential
	if s.Credential != "" {
		c, ok := contract.Credentials[s.Credential]
		if !ok {
			return []string{"the contract server has no credential " + s.Credential}
		}
		cred = c
	}
	opts := []einvoice.RequestOption{
		einvoice.WithBaseURL(contract.URL),
		einvoice.WithGSTINCredential(contract.GSTIN, cred.ClientID, cred.ClientSecret),
		einvoice.WithGSTIN(contract.GSTIN),
		einvoice.WithHeader("x-contract-scenario", s.Scenario),
		einvoice.WithHeader("x-contract-run", run),
	}
	// The account key only where the scenario makes account-key operations: operations both a GSTIN token and
	// the account key can make (test clocks) go with the account key when the client has one.
	for _, c := range append(append([]callSpec{s.Call}, s.Steps...), s.Finally...) {
		if accountKeyOperations[c.Operation] {
			opts = append(opts, einvoice.WithAPIKey(contract.APIKey))
			break
		}
	}
	switch s.Client.SigningKey {
	case "credential":
		secret, err := base64.StdEncoding.DecodeString(cred.SigningKey.Secret)
		if err != nil {
			return []string{"signing key: " + err.Error()}
		}
		opts = append(opts, einvoice.WithSigningKey(cred.SigningKey.KeyID, secret))
	case "wrong":
		opts = append(opts, einvoice.WithSigningKey(cred.SigningKey.KeyID, wrongSigningSecret))
	}
	if v := s.Client.MaxRetries; v != nil {
		opts = append(opts, einvoice.WithMaxRetries(*v))
	}
	if v := s.Client.TimeoutMS; v != nil {
		opts = append(opts, einvoice.WithRequestTimeout(time.Duration(*v)*time.Millisecond))
	}
	if v := s.Client.StatusPollIntervalMS; v != nil {
		opts = append(opts, einvoice.WithStatusAwareBackoff(true, time.Duration(*v)*time.Millisecond))
	}
	logs := &syncBuilder{}
	switch s.Client.LogLevel {
	case "info":
		opts = append(opts, einvoice.WithLogger(slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))))
	case "debug":
		opts = append(opts, einvoice.WithLogger(slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	}
	if s.Client.APIVersion != "" {
		opts = append(opts, einvoice.WithAPIVersion(s.Client.APIVersion))
	}
	if a := s.Client.AppInfo; a != nil {
		opts = append(opts, einvoice.WithAppInfo(a.Name, a.Version, a.URL))
	}
	for _, c := range append(append([]callSpec{s.Call}, s.Steps...), s.Finally...) {
		if !knownOperations[c.Operation] {
			return []string{"the runner does not know operation " + c.Operation}
		}
	}
	client := einvoice.NewClient(opts...)
	saved := map[string]map[string]any{}
	if err := runSteps(t, client, s.Steps, saved); err != nil {
		_ = runSteps(t, client, s.Finally, saved)
		return []string{"a step failed: " + err.Error()}
	}
	n := s.Concurrency
	if n == 0 {
		n = 1
	}
	callOpts, err := s.Call.Options.requestOptions(saved)
	if err != nil {
		return []string{"call options: " + err.Error()}
	}
	outcomes := make([]outcome, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var resp *http.Response
			call := append([]einvoice.RequestOption{einvoice.WithResponseInto(&resp)}, callOpts...)
			value, err := callOperation(context.Background(), t, client, s.Call, saved, call...)
			outcomes[i] = outcome{resp: resp, value: value, err: err}
		}(i)
	}
	wg.Wait()
	if err := runSteps(t, client, s.Finally, saved); err != nil {
		return []string{"clean-up failed: " + err.Error()}
	}

	res, err := http.Get(contract.URL + "/__contract/requests?run=" + run)
	if err != nil {
		return []string{err.Error()}
	}
	defer res.Body.Close()
	var recs []recorded
	_ = json.NewDecoder(res.Body).Decode(&recs)
	var attempts []recorded
	stepOps := s.stepOperations()
	tokens, statuses := 0, 0
	var fails []string
	for _, r := range recs {
		if r.Violation != nil {
			fails = append(fails, "contract violation: "+*r.Violation)
		}
		op := ""
		if r.OperationID != nil {
			op = *r.OperationID
		}
		switch {
		case op == "createToken":
			tokens++
		case op == "getStatus":
			statuses++
		case stepOps[op]:
			// a step's or the clean-up's request: not an attempt of the scenario's call
		default:
			attempts = append(attempts, r)
		}
	}
	e := s.Expect
	first := outcomes[0]
	if e.Outcome == "result" {
		for _, o := range outcomes {
			if o.err != nil {
				fails = append(fails, "expected a result, got "+o.err.Error())
			}
		}
		if first.err == nil && first.resp != nil {
			if e.Status != nil && first.resp.StatusCode != *e.Status {
				fails = append(fails, fmt.Sprintf("status: expected %d, got %d", *e.Status, first.resp.StatusCode))
			}
			if e.Replayed != nil && (first.resp.Header.Get("Idempotent-Replayed") == "true") != *e.Replayed {
				fails = append(fails, "replayed header mismatch")
			}
			// The result as the SDK decoded it (its typed model), back to JSON for the pointers.
			var doc any
			b, _ := json.Marshal(first.value)
			_ = json.Unmarshal(b, &doc)
			for ptr, raw := range e.Result {
				want, err := resolveValue(raw, saved)
				if err != nil {
					fails = append(fails, fmt.Sprintf("result %s: %v", ptr, err))
					continue
				}
				got, ok := atPointer(doc, ptr)
				if !ok || !reflect.DeepEqual(got, want) {
					fails = append(fails, fmt.Sprintf("result %s: expected %v, got %v", ptr, want, got))
				}
			}
		}
	} else if first.err == nil {
		fails = append(fails, "expected "+e.ErrorClass+", got a result")
	} else {
		var apiErr *einvoice.Error
		if !errors.As(first.err, &apiErr) {
			fails = append(fails, fmt.Sprintf("the error is not *einvoice.Error: %v", first.err))
		} else {
			if apiErr.Class() != e.ErrorClass {
				fails = append(fails, fmt.Sprintf("error class: expected %s, got %s (%v)", e.ErrorClass, apiErr.Class(), apiErr))
			}
			if e.Status != nil && apiErr.StatusCode != *e.Status {
				fails = append(fails, fmt.Sprintf("error status: expected %d, got %d", *e.Status, apiErr.StatusCode))
			}
			if e.ErrorCode != "" && apiErr.Code != e.ErrorCode {
				fails = append(fails, fmt.Sprintf("error code: expected %s, got %s", e.ErrorCode, apiErr.Code))
			}
			if e.GSTNErrors && len(apiErr.GSTNErrors) == 0 {
				fails = append(fails, "expected gstn_errors on the error")
			}
			if e.RequestID && apiErr.RequestID == "" {
				fails = append(fails, "expected a request id on the error")
			}
			if g := e.GSTNError; g != nil {
				if len(apiErr.GSTNErrors) == 0 {
					fails = append(fails, "expected a typed GSTN error")
				} else {
					first := apiErr.GSTNErrors[0]
					if g.Code != "" && first.Code != g.Code {
						fails = append(fails, fmt.Sprintf("gstn error code: expected %s, got %s", g.Code, first.Code))
					}
					if g.Pointer != "" && first.Pointer != g.Pointer {
						fails = append(fails, fmt.Sprintf("gstn error pointer: expected %s, got %s", g.Pointer, first.Pointer))
					}
					if g.Message && first.Message == "" {
						fails = append(fails, "expected a message on the GSTN error")
					}
					if g.Hint && first.Hint == "" {
						fails = append(fails, "expected a hint on the GSTN error")
					}
				}
			}
		}
	}
	if e.DistinctRequestIDs {
		sent, seen := map[string]bool{}, map[string]bool{}
		for _, r := range recs {
			if r.RequestID != nil {
				sent[*r.RequestID] = true
			}
		}
		for i, o := range outcomes {
			id := ""
			if o.resp != nil {
				id = o.resp.Header.Get("X-Request-Id")
			}
			switch {
			case id == "":
				fails = append(fails, fmt.Sprintf("call %d: no request id on its raw response", i))
			case seen[id]:
				fails = append(fails, fmt.Sprintf("call %d: request id %s seen on another call's response", i, id))
			case !sent[id]:
				fails = append(fails, fmt.Sprintf("call %d: request id %s was not sent in this run", i, id))
			}
			seen[id] = true
		}
	}
	if e.UserAgentSuffix != nil {
		for _, r := range recs {
			if r.UserAgent == nil || !strings.HasSuffix(*r.UserAgent, *e.UserAgentSuffix) {
				fails = append(fails, fmt.Sprintf("User-Agent %v does not end with %q", r.UserAgent, *e.UserAgentSuffix))
			}
		}
	}
	if e.APIVersion != nil {
		for _, r := range recs {
			if r.APIVersion == nil || *r.APIVersion != *e.APIVersion || r.AnsweredIn == nil || *r.AnsweredIn != *e.APIVersion {
				fails = append(fails, fmt.Sprintf("sent Einvoice-Version %v, answered in %v, expected %q",
					deref(r.APIVersion), deref(r.AnsweredIn), *e.APIVersion))
			}
		}
	}
	if l := e.Log; l != nil {
		text := strings.TrimSpace(logs.String())
		records := 0
		if text != "" {
			records = len(strings.Split(text, "\n"))
		}
		if l.OneRecordPerRequest && records != len(recs) {
			fails = append(fails, fmt.Sprintf("expected %d log records (one per request), got %d", len(recs), records))
		}
		if l.Redacted {
			basic := base64.StdEncoding.EncodeToString([]byte(cred.ClientID + ":" + cred.ClientSecret))
			if strings.Contains(text, cred.ClientSecret) || strings.Contains(text, basic) {
				fails = append(fails, "a log record holds the client secret")
			}
			if bearerToken.MatchString(text) {
				fails = append(fails, "a log record holds a bearer token")
			}
			if strings.Contains(text, "CT/") { // fixtures number documents CT/<hex>
				fails = append(fails, "a log record holds the invoice (its document number)")
			}
		}
	}
	if e.Attempts != nil && len(attempts) != *e.Attempts {
		fails = append(fails, fmt.Sprintf("attempts: expected %d, got %d", *e.Attempts, len(attempts)))
	}
	if e.TokenRequests != nil && tokens != *e.TokenRequests {
		fails = append(fails, fmt.Sprintf("token requests: expected %d, got %d", *e.TokenRequests, tokens))
	}
	if e.StatusRequests != nil && statuses != *e.StatusRequests {
		fails = append(fails, fmt.Sprintf("status requests: expected %d, got %d", *e.StatusRequests, statuses))
	}
	if e.SameKey {
		keys := map[string]bool{}
		for _, a := range attempts {
			if a.IdempotencyKey == nil {
				keys["<none>"] = true
			} else {
				keys[*a.IdempotencyKey] = true
			}
		}
		if len(keys) != 1 || keys["<none>"] {
			fails = append(fails, fmt.Sprintf("expected one Idempotency-Key on every attempt, saw %v", keys))
		}
	}
	for i, b := range e.Delays {
		if i+1 >= len(attempts) {
			fails = append(fails, fmt.Sprintf("delay %d: attempts %d and %d were not both seen", i, i, i+1))
			continue
		}
		gap := attempts[i+1].At - attempts[i].At
		if gap < b.Min || gap > b.Max {
			fails = append(fails, fmt.Sprintf("delay before attempt %d: %d ms, expected %d-%d ms", i+1, gap, b.Min, b.Max))
		}
	}
	return fails
}

var bearerToken = regexp.MustCompile(`Bearer [A-Za-z0-9._~+/-]{8,}`)

// TestConformance runs every spec/conformance scenario against the same HTTP contract server as the TS SDK.
func TestConformance(t *testing.T) {
	scenarios := loadScenarios(t)
	if len(scenarios) == 0 {
		t.Fatal("no scenarios found")
	}
	for _, s := range scenarios {
		s := s
		t.Run(s.ID, func(t *testing.T) {
			t.Parallel()
			if fails := runScenario(t, s); len(fails) > 0 {
				t.Errorf("%s:\n  %s", s.Description, strings.Join(fails, "\n  "))
			}
		})
	}
}

// deref shows an optional recorded string ("<nil>" when absent).
func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
