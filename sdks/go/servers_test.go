package einvoice_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"
)

// repoRoot is the monorepo root (sdks/go/../..).
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

func tsx(pkgDir string) string {
	for _, p := range []string{filepath.Join(pkgDir, "node_modules/.bin/tsx"), filepath.Join(repoRoot(), "node_modules/.bin/tsx")} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "tsx"
}

// contractCredential is one credential of the contract server, with its RFC 9421 signing key.
type contractCredential struct {
	ClientID     string `json:"client_id"`
	ClientSecret string `json:"client_secret"`
	SigningKey   struct {
		KeyID  string `json:"key_id"`
		Secret string `json:"secret"`
	} `json:"signing_key"`
}

type contractInfo struct {
	URL    string `json:"url"`
	APIKey string `json:"api_key"`
	GSTIN  string `json:"gstin"`
	contractCredential
	// Credentials are the named credentials a scenario can pick (`default`, `signatures-required`).
	Credentials map[string]contractCredential `json:"credentials"`
}

var (
	contract contractInfo
	procs    []*exec.Cmd
	procsMu  sync.Mutex
	refOnce  sync.Once
	refURL   string
	refKey   string
	refErr   error
)

func start(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	procsMu.Lock()
	procs = append(procs, cmd)
	procsMu.Unlock()
}

func stopAll() {
	procsMu.Lock()
	defer procsMu.Unlock()
	for _, p := range procs {
		if p.Process != nil {
			_ = syscall.Kill(-p.Process.Pid, syscall.SIGTERM)
			done := make(chan struct{})
			go func() { _ = p.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				_ = syscall.Kill(-p.Process.Pid, syscall.SIGKILL)
			}
		}
	}
}

// TestMain starts the MSW contract server (`pnpm contract:serve --port 0`) for the whole run.
func TestMain(m *testing.M) {
	pkg := filepath.Join(repoRoot(), "packages", "contract")
	cmd := exec.Command(tsx(pkg), "src/serve.ts", "--port", "0")
	cmd.Dir = pkg
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	start(cmd)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "cannot start the contract server:", err)
		os.Exit(1)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || json.Unmarshal([]byte(line), &contract) != nil {
		fmt.Fprintln(os.Stderr, "the contract server did not print its JSON line:", err, line)
		stopAll()
		os.Exit(1)
	}
	go func() { _, _ = bufio.NewReader(out).WriteTo(discard{}) }()
	code := m.Run()
	stopAll()
	os.Exit(code)
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// referenceServer starts `cd server && node --import tsx src/main.ts` once (sandbox, temp SQLite, free port).
func referenceServer(t testing.TB) (string, string) {
	refOnce.Do(func() {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			refErr = err
			return
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		data, _ := os.MkdirTemp("", "einvoice-go-e2e-")
		cmd := exec.Command("node", "--import", "tsx", "src/main.ts")
		cmd.Dir = filepath.Join(repoRoot(), "server")
		cmd.Env = append(os.Environ(), fmt.Sprintf("PORT=%d", port), "HOST=127.0.0.1", "DATA_DIR="+data, "SQLITE_PATH="+filepath.Join(data, "einvoice.sqlite"), "EINVOICE_MODE=sandbox", "SANDBOX_MONTHLY_IRN_QUOTA=0")
		out, _ := cmd.StdoutPipe()
		cmd.Stderr = cmd.Stdout
		start(cmd)
		if refErr = cmd.Start(); refErr != nil {
			return
		}
		sc := bufio.NewScanner(out)
		urlRe, keyRe := regexp.MustCompile(`https?://[\w.\-:]+`), regexp.MustCompile(`sk_test_[\w\-]+`)
		deadline := time.Now().Add(90 * time.Second)
		for (refURL == "" || refKey == "") && time.Now().Before(deadline) && sc.Scan() {
			if m := urlRe.FindString(sc.Text()); m != "" && refURL == "" {
				refURL = m
			}
			if m := keyRe.FindString(sc.Text()); m != "" {
				refKey = m
			}
		}
		go func() {
			for sc.Scan() {
			}
		}()
		if refURL == "" || refKey == "" {
			refErr = fmt.Errorf("the reference server did not print its URL and API key")
		}
	})
	if refErr != nil {
		t.Fatal(refErr)
	}
	return refURL, refKey
}
