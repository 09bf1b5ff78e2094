package einvoice_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeQuickstartVets compiles the README's Quickstart blocks as a user pastes them: in order, as the
// body of one function (the reader brings ctx and the invoice), in a module outside this one that requires the
// SDK by its path, then `go vet`. An argument of the wrong type (an e-way bill number as a string) fails it.
func TestReadmeQuickstartVets(t *testing.T) {
	if testing.Short() {
		t.Skip("README type-check: skipped in -short mode")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "\n## Quickstart\n")
	end := strings.Index(text[start+5:], "\n## ")
	section := text[start : start+5+end]
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```go\n(.*?)```").FindAllStringSubmatch(section, -1) {
		blocks = append(blocks, m[1])
	}
	if len(blocks) < 2 {
		t.Fatalf("the Quickstart has %d go blocks", len(blocks))
	}
	// Later blocks continue the session (they use `admin`, `client`) and may declare `err` again: each opens a
	// scope inside the previous one, as if pasted into a fresh function that kept the earlier values.
	body := strings.Join(blocks, "\n")
	nested := blocks[0]
	for _, b := range blocks[1:] {
		nested += "\n{\n" + b
	}
	// Snippets declare values they only print or show; keep vet's "declared and not used" out of the way.
	var uses []string
	for _, m := range regexp.MustCompile(`(?m)^\s*([a-z]\w*(?:, *[a-z_]\w*)*) :?= `).FindAllStringSubmatch(body, -1) {
		for _, name := range strings.Split(m[1], ",") {
			if name = strings.TrimSpace(name); name != "_" {
				uses = append(uses, "\t_ = "+name)
			}
		}
	}
	src := "package quickstart\n\nimport (\n\t\"context\"\n\t\"errors\"\n\t\"fmt\"\n\t\"time\"\n\n" +
		"\teinvoice \"github.com/einvoice-dev/einvoice/sdks/go\"\n)\n\n" +
		"var _, _, _ = errors.New, fmt.Println, time.Second\n\n" +
		"func quickstart(ctx context.Context, invoice einvoice.Invoice) error {\n" +
		nested + "\n" + strings.Join(dedupe(uses), "\n") + "\n" + strings.Repeat("}\n", len(blocks)-1) + "\treturn nil\n}\n"
	dir := t.TempDir()
	sdk, _ := filepath.Abs(".")
	mod := "module example.com/readme\n\ngo 1.23\n\nrequire github.com/einvoice-dev/einvoice/sdks/go v0.0.0\n\n" +
		"replace github.com/einvoice-dev/einvoice/sdks/go => " + sdk + "\n"
	for name, content := range map[string]string{"go.mod": mod, "quickstart.go": src} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("README Quickstart does not vet: %v\n%s\n%s", err, out, src)
	}
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
