#!/usr/bin/env bash
# PyPI release check (scripts/release/check.mjs runs it; docs/adr/0006-package-names.md fixes the names:
# distribution `einvoice-sdk`, import package `einvoice_sdk`).
#  1. builds the sdist and, from that sdist, the wheel of sdks/python with `python -m build` (build and twine
#     pinned below, in a throwaway venv; the backend is pyproject's pinned hatchling, in build's isolated env)
#     into "$RELEASE_OUT/pypi/", emptied first; the root LICENSE is copied into sdks/python for the build only;
#  2. checks both: `twine check --strict`, the members of each archive (the import package, and for the sdist
#     its tests, README, LICENSE and pyproject; never node_modules, .venv, package.json, __pycache__, and
#     exactly the files git tracks under src/einvoice_sdk), the root LICENSE inside each, the core metadata
#     (name, version = sdks/python/package.json's, license expression, project URLs, author, classifiers for
#     Python 3.9-3.13), and that every build requirement installs on Python 3.9 (the floor);
#  3. installs the wheel with pip into a fresh venv outside the workspace (dependencies from PyPI), imports
#     einvoice_sdk from there, compares its versions, runs `pip check` and mypy --strict on a user file
#     (py.typed shipped); when a Python 3.9 is present (sdks/python/scripts/py39.sh --find) it also installs
#     the sdist on 3.9, which builds it with the pinned hatchling there;
#  4. generates an IRN with the installed SDK against the sandbox at EINVOICE_BASE_URL / EINVOICE_API_KEY.
# Logs go to stderr; stdout is one JSON line. Exits 1 when any problem is listed.
#   bash examples/scripts/with-sandbox.sh bash scripts/release/pypi.sh       (PYTHON=python3.12 to choose)
set -euo pipefail
exec 3>&1 1>&2 # everything but the final JSON line goes to stderr

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "${RELEASE_OUT:-./release-out}"
out="$(cd "${RELEASE_OUT:-./release-out}" && pwd)/pypi"
sdk="$root/sdks/python"
PY=${PYTHON:-python3} # runs build and twine (both need Python >= 3.10) and the user's venv
BUILD=1.6.1           # pypa/build
TWINE=7.0.0
MYPY=2.4.1            # a current mypy, what a user type-checks with (the dev extra pins 1.19.1 to check the 3.9 floor)
INVOICE="$root/examples/curl/invoice.json"
GSTIN=29AAACP7879D1Z0
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 PYTHONDONTWRITEBYTECODE=1

problems=()
problem() {
  problems+=("$1")
  echo "pypi.sh: PROBLEM: $1"
}
metadata=true
installed=false
first_call='not attempted'
artifacts=()
work=$(mktemp -d)
license_copy=''
cleanup() {
  rm -rf "$work"
  if [ -n "$license_copy" ]; then rm -f "$license_copy"; fi
}
trap cleanup EXIT

report() {
  "$PY" - pypi "$(printf '%s\n' "${artifacts[@]+"${artifacts[@]}"}")" "$metadata" "$installed" "$first_call" \
    "${problems[@]+"${problems[@]}"}" >&3 <<'EOF'
import json, os, sys
registry, files, metadata, installed, first_call, *problems = sys.argv[1:]
artifacts = [{"file": os.path.basename(f), "bytes": os.path.getsize(f)} for f in files.splitlines() if f]
print(json.dumps({"registry": registry, "artifacts": artifacts, "metadata": metadata == "true",
                  "installed": installed == "true", "first_call": first_call, "problems": problems}))
EOF
  [ "${#problems[@]}" -eq 0 ]
}
# Each check prints one problem per line on stdout; turn them into problems (and a red metadata column).
problems_from() {
  local found=$1
  if [ -n "$found" ]; then
    metadata=false
    while IFS= read -r line; do problem "$line"; done <<<"$found"
  fi
}

rm -rf "$out"
mkdir -p "$out"
cd "$root"
version=$(node -p "require('./sdks/python/package.json').version")
echo "pypi.sh: einvoice-sdk $version (sdks/python/package.json)"

# ---- 1. build ----------------------------------------------------------------------------------------------
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  problem "$PY is $("$PY" --version 2>&1): build $BUILD and twine $TWINE need Python >= 3.10 (set PYTHON)"
  report || exit 1
fi
echo "pypi.sh: build==$BUILD twine==$TWINE into a throwaway venv"
"$PY" -m venv "$work/tools"
tools="$work/tools/bin"
if ! "$tools/python" -m pip install -q "build==$BUILD" "twine==$TWINE"; then
  problem "pip install build==$BUILD twine==$TWINE failed"
  report || exit 1
fi

cp "$root/LICENSE" "$sdk/LICENSE" # git-ignored there; removed again on exit
license_copy="$sdk/LICENSE"
rm -rf "$sdk/dist"
echo "pypi.sh: python -m build (sdist, then the wheel from that sdist) into $out"
if ! "$tools/python" -m build --outdir "$out" "$sdk"; then
  problem 'python -m build failed'
fi
rm -f "$license_copy"
license_copy=''
# Exactly one wheel and one sdist; their version (file names, metadata) is checked against package.json below.
wheel='' sdist=''
for f in "$out"/*; do
  [ -e "$f" ] || continue
  artifacts+=("$f")
  case "$(basename "$f")" in
  einvoice_sdk-*-py3-none-any.whl) if [ -z "$wheel" ]; then wheel=$f; else problem "more than one wheel built: $(basename "$f")"; fi ;;
  einvoice_sdk-*.tar.gz) if [ -z "$sdist" ]; then sdist=$f; else problem "more than one sdist built: $(basename "$f")"; fi ;;
  *) problem "unexpected build output $(basename "$f") (expected einvoice_sdk-$version.tar.gz and einvoice_sdk-$version-py3-none-any.whl)" ;;
  esac
done
built=true
[ -n "$sdist" ] || { problem "no sdist (einvoice_sdk-*.tar.gz) was built"; built=false; metadata=false; }
[ -n "$wheel" ] || { problem "no pure-Python wheel (einvoice_sdk-*-py3-none-any.whl) was built"; built=false; metadata=false; }
if $built; then
  wheel_version=$(basename "$wheel" -py3-none-any.whl)
  wheel_version=${wheel_version#einvoice_sdk-}
  sdist_version=$(basename "$sdist" .tar.gz)
  sdist_version=${sdist_version#einvoice_sdk-}
  for v in "wheel:$wheel_version" "sdist:$sdist_version"; do
    if [ "${v#*:}" != "$version" ]; then
      problem "version: the ${v%%:*} is ${v#*:}, sdks/python/package.json says $version (pyproject.toml drifted: node scripts/sync-versions.mjs)"
      metadata=false
    fi
  done
fi

# ---- 2. check both archives --------------------------------------------------------------------------------
if $built; then
  echo "pypi.sh: twine check --strict"
  if ! "$tools/twine" check --strict "$sdist" "$wheel"; then
    problem 'twine check --strict failed'
    metadata=false
  fi

  echo "pypi.sh: archive members, LICENSE, core metadata"
  tracked=$(cd "$sdk" && git ls-files -- src/einvoice_sdk 2>/dev/null || true)
  found=$(
    "$tools/python" - "$wheel" "$sdist" "$version" "$wheel_version" "$sdist_version" "$root/LICENSE" "$tracked" <<'EOF'
import email.parser, re, sys, tarfile, zipfile
try:
    import tomllib
except ImportError:  # Python 3.10: build depends on tomli there
    import tomli as tomllib

# version: sdks/python/package.json's, the one every check expects; wheel_v/sdist_v: the built ones (file names).
wheel, sdist, version, wheel_v, sdist_v, license_path, tracked = sys.argv[1:]
license_text = open(license_path, "rb").read()
out = []
bad = out.append
FORBIDDEN = re.compile(r"(^|/)(node_modules|\.venv|venv|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.turbo|bench|dist)(/|$)|(^|/)package\.json$|\.py[co]$")

# The wheel: einvoice_sdk/ and its dist-info, nothing else.
with zipfile.ZipFile(wheel) as z:
    names = [n for n in z.namelist() if not n.endswith("/")]
    info = f"einvoice_sdk-{wheel_v}.dist-info/"
    for n in names:
        if FORBIDDEN.search(n):
            bad(f"wheel: forbidden member {n}")
        elif not (n.startswith("einvoice_sdk/") or n in {info + f for f in ("METADATA", "WHEEL", "RECORD", "licenses/LICENSE")}):
            bad(f"wheel: unexpected member {n}")
    if info + "entry_points.txt" in names:
        bad("wheel: has entry points (console scripts); the SDK has none")
    if f"{info}licenses/LICENSE" not in names:
        bad("wheel: LICENSE is missing (dist-info/licenses/LICENSE)")
    elif z.read(f"{info}licenses/LICENSE") != license_text:
        bad("wheel: its LICENSE is not the repository's LICENSE")
    for need in ("einvoice_sdk/py.typed", "einvoice_sdk/_generated/types.py", "einvoice_sdk/_version.py"):
        if need not in names:
            bad(f"wheel: {need} is missing")
    if tracked.strip():
        shipped = {n for n in names if n.startswith("einvoice_sdk/")}
        wanted = {t[len("src/"):] for t in tracked.splitlines() if t}
        for n in sorted(wanted - shipped):
            bad(f"wheel: {n} is tracked by git but missing from the wheel")
        for n in sorted(shipped - wanted):
            bad(f"wheel: {n} is not tracked by git (a stray or stale file shipped)")
    meta = email.parser.Parser().parsestr(z.read(info + "METADATA").decode())
    m = re.search(r'^__version__ = "([^"]+)"$', z.read("einvoice_sdk/_version.py").decode(), re.M) if "einvoice_sdk/_version.py" in names else None
    if not m or m.group(1) != version:
        bad(f"wheel: einvoice_sdk/_version.py says {m.group(1) if m else '(none)'} (the User-Agent), sdks/python/package.json says {version}")

# Core metadata.
def want(field, expected):
    if meta.get(field) != expected:
        bad(f"metadata: {field} is {meta.get(field)!r}, expected {expected!r}")
want("Name", "einvoice-sdk")
want("Version", version)
want("License-Expression", "Apache-2.0")
want("License-File", "LICENSE")
want("Requires-Python", ">=3.9")
want("Author-email", "einvoice maintainers <maintainers@einvoice.dev>")
want("Description-Content-Type", "text/markdown")
if tuple(int(x) for x in meta.get("Metadata-Version", "0").split(".")) < (2, 4):
    bad(f"metadata: Metadata-Version {meta.get('Metadata-Version')} < 2.4 (no License-Expression)")
if not meta.get("Summary"):
    bad("metadata: Summary (description) is missing")
urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
for label, url in {"Homepage": "https://einvoice.dev", "Repository": "https://github.com/einvoice-dev/einvoice",
                   "Issues": "https://github.com/einvoice-dev/einvoice/issues"}.items():
    if urls.get(label) != url:
        bad(f"metadata: Project-URL {label} is {urls.get(label)!r}, expected {url!r}")
if not (urls.get("Changelog") or "").startswith("https://github.com/einvoice-dev/einvoice/"):
    bad(f"metadata: Project-URL Changelog is {urls.get('Changelog')!r}")
classifiers = set(meta.get_all("Classifier") or [])
for c in ["Operating System :: OS Independent", "Typing :: Typed"] + [f"Programming Language :: Python :: 3.{v}" for v in range(9, 14)]:
    if c not in classifiers:
        bad(f"metadata: classifier {c!r} is missing")
if meta.get_all("License") or any(c.startswith("License ::") for c in classifiers):
    bad("metadata: a License field or License :: classifier next to License-Expression (PEP 639 forbids both)")
reqs = meta.get_all("Requires-Dist") or []
for r in reqs:
    if "extra ==" not in r and not re.search(r"[<>=~]", r):
        bad(f"metadata: dependency {r!r} has no version bound")
    if re.match(r"einvoice\b(?!-sdk|_sdk)", r):
        bad(f"metadata: depends on {r!r}, the unrelated PyPI project")

# The sdist: the package, tests, README, LICENSE, pyproject (and PKG-INFO, and the .gitignore hatchling adds).
top = f"einvoice_sdk-{sdist_v}/"
with tarfile.open(sdist) as t:
    members = [m for m in t.getmembers() if m.isfile()]
    names = [m.name for m in members]
    for n in names:
        rel = n[len(top):] if n.startswith(top) else None
        if rel is None:
            bad(f"sdist: member {n} is outside {top}")
        elif FORBIDDEN.search(rel):
            bad(f"sdist: forbidden member {rel}")
        elif not (rel.startswith(("src/einvoice_sdk/", "tests/")) or rel in {"README.md", "LICENSE", "pyproject.toml", "PKG-INFO", ".gitignore"}):
            bad(f"sdist: unexpected member {rel}")
    for need in ("LICENSE", "README.md", "pyproject.toml", "PKG-INFO", "src/einvoice_sdk/py.typed", "tests/conftest.py"):
        if top + need not in names:
            bad(f"sdist: {need} is missing")
    if top + "LICENSE" in names and t.extractfile(top + "LICENSE").read() != license_text:
        bad("sdist: its LICENSE is not the repository's LICENSE")
    if top + "PKG-INFO" in names:
        pkg = email.parser.Parser().parsestr(t.extractfile(top + "PKG-INFO").read().decode())
        if pkg.get("Version") != version:
            bad(f"sdist: PKG-INFO says version {pkg.get('Version')}, sdks/python/package.json says {version}")
    if top + "pyproject.toml" in names:
        pyproject = tomllib.loads(t.extractfile(top + "pyproject.toml").read().decode())
        for r in pyproject.get("build-system", {}).get("requires", []):
            print(f"BUILD-REQUIRES {r}")
for line in out:
    print(line)
EOF
  ) || found='the archive check crashed'
  build_requires=$(sed -n 's/^BUILD-REQUIRES //p' <<<"$found")
  problems_from "$(grep -v '^BUILD-REQUIRES ' <<<"$found" || true)"

  # `pip install einvoice-sdk` from the sdist builds it with these on the user's Python: each must install on 3.9.
  if [ -z "$build_requires" ]; then
    problem 'sdist: pyproject.toml has no [build-system] requires'
    metadata=false
  fi
  while IFS= read -r req; do
    [ -n "$req" ] || continue
    echo "pypi.sh: build requirement $req on Python 3.9?"
    if ! "$tools/python" -m pip download -q --no-deps --only-binary=:all: --python-version 3.9 -d "$work/py39-build-reqs" "$req"; then
      problem "sdist: build requirement $req does not install on Python 3.9 (requires-python >= 3.9): pip install from the sdist fails there"
      metadata=false
    fi
  done <<<"$build_requires"

  echo "pypi.sh: members of $(basename "$wheel"):"
  "$tools/python" -m zipfile -l "$wheel"
  echo "pypi.sh: members of $(basename "$sdist"):"
  tar -tzvf "$sdist"
fi

# ---- 3. install the way a user does, outside the workspace --------------------------------------------------
if ! $built; then
  problem 'not built: install skipped'
  first_call='error: not built'
else
  proj="$work/project"
  mkdir -p "$proj"
  cd "$proj"
  echo "pypi.sh: $PY -m venv; pip install $(basename "$wheel") (dependencies from PyPI) in $proj"
  "$PY" -m venv .venv
  vpy="$proj/.venv/bin/python"
  install_ok=true
  if ! "$vpy" -m pip install -q "$wheel"; then
    install_ok=false
    problem 'pip install of the wheel failed'
  fi
  if $install_ok; then
    # Imported from the venv (not the workspace), from our wheel (not PyPI), at the right version; no
    # top-level `einvoice` (the unrelated project's module) comes with it.
    found=$(
      "$vpy" -I - "$version" "$proj/.venv" "$(basename "$wheel")" <<'EOF'
import importlib.metadata as md, importlib.util, json, os, sys
version, venv, wheel = sys.argv[1:]
import einvoice_sdk
from einvoice_sdk import AsyncEinvoice, Einvoice, EinvoiceError, webhooks  # noqa: F401
from einvoice_sdk.types import IrnDocument  # noqa: F401
if not os.path.realpath(einvoice_sdk.__file__).startswith(os.path.realpath(venv) + os.sep):
    print(f"import einvoice_sdk found {einvoice_sdk.__file__}, not the venv's copy")
if md.version("einvoice-sdk") != version:
    print(f"installed einvoice-sdk is {md.version('einvoice-sdk')}, expected {version}")
if einvoice_sdk.__version__ != version:
    print(f"einvoice_sdk.__version__ is {einvoice_sdk.__version__}, expected {version}")
direct = json.loads(md.distribution("einvoice-sdk").read_text("direct_url.json") or "{}")
if not direct.get("url", "").endswith(wheel):
    print(f"einvoice-sdk was installed from {direct.get('url')}, not from our wheel")
if importlib.util.find_spec("einvoice") is not None:
    print("a top-level module `einvoice` is importable after installing einvoice-sdk")
for name in ("einvoice_sdk/py.typed",):
    if not any(str(f) == name for f in md.files("einvoice-sdk") or []):
        print(f"{name} is not among the installed files")
EOF
    ) || found='import einvoice_sdk failed in the fresh venv'
    if [ -n "$found" ]; then
      install_ok=false
      while IFS= read -r line; do problem "install: $line"; done <<<"$found"
    fi
    "$vpy" -m pip check || { install_ok=false; problem 'install: pip check reports broken dependencies'; }
  fi
  if $install_ok; then
    echo "pypi.sh: mypy==$MYPY --strict on a user file against the installed package (py.typed)"
    cat >check_types.py <<'EOF'
from einvoice_sdk import ConflictError, Einvoice
from einvoice_sdk.types import InvoiceParam, IrnDocument


def generate(client: Einvoice, invoice: InvoiceParam) -> str:
    doc: IrnDocument = client.irn.generate(invoice)
    return doc.irn or ""


def code(error: ConflictError) -> str:
    return str(error.code)


def wrong(client: Einvoice) -> None:
    client.irn.generate()  # type: ignore[call-arg]  # needs the invoice: unused (an error) if the types were Any
EOF
    if ! { "$vpy" -m pip install -q "mypy==$MYPY" && "$vpy" -m mypy --strict --no-incremental --cache-dir "$work/mypy-cache" check_types.py; }; then
      install_ok=false
      problem "install: mypy $MYPY --strict does not type-check a user file against the installed einvoice_sdk"
    fi
  fi
  py39=$(bash "$sdk/scripts/py39.sh" --find 2>/dev/null || true)
  if [ -z "$py39" ]; then
    echo "pypi.sh: note: no Python 3.9 here, the sdist was not installed on 3.9 (the build requirements were checked above)"
  else
    echo "pypi.sh: pip install $(basename "$sdist") on $("$py39" --version) (builds it with the pinned hatchling there)"
    "$py39" -m venv "$work/py39"
    if ! "$work/py39/bin/python" -m pip install -q "$sdist"; then
      install_ok=false
      problem "install: pip install $(basename "$sdist") fails on Python 3.9 (is the build backend pinned to a release that runs there?)"
    elif ! got=$(cd "$work" && "$work/py39/bin/python" -I -c 'import einvoice_sdk; print(einvoice_sdk.__version__)'); then
      install_ok=false
      problem 'install: import einvoice_sdk fails on Python 3.9'
    elif [ "$got" != "$version" ]; then
      install_ok=false
      problem "install: on Python 3.9 einvoice_sdk.__version__ is $got, expected $version"
    else
      echo "pypi.sh: Python 3.9: import einvoice_sdk -> $got"
    fi
  fi
  installed=$install_ok

  # ---- 4. the first call: an IRN from the installed SDK -------------------------------------------------------
  if ! $installed; then
    first_call='error: not installed'
  elif [ -z "${EINVOICE_BASE_URL:-}" ] || [ -z "${EINVOICE_API_KEY:-}" ]; then
    first_call='error: EINVOICE_BASE_URL and EINVOICE_API_KEY are not set (run under examples/scripts/with-sandbox.sh)'
    problem "$first_call"
  else
    cat >first_call.py <<'EOF'
import json, os, secrets, string, sys
from datetime import datetime, timedelta, timezone

from einvoice_sdk import ConflictError, Einvoice

invoice_path, gstin = sys.argv[1:]
base_url, api_key = os.environ["EINVOICE_BASE_URL"], os.environ["EINVOICE_API_KEY"]
with Einvoice(base_url=base_url, api_key=api_key) as admin:
    try:
        admin.gstins.register({"gstin": gstin, "irp_username": "release-check", "irp_password": "sandbox"})
    except ConflictError as e:
        if e.code != "gstin_exists":
            raise
    cred = admin.credentials.create(gstin, {"name": "pypi-release-check", "scopes": ["irn:write", "read"]})

with open(invoice_path, encoding="utf-8") as f:
    invoice = json.load(f)
# A number nobody used yet (<= 16 chars, ^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$) and today's date in India (IST, no DST).
invoice["DocDtls"]["No"] = "PY/" + "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(10))
invoice["DocDtls"]["Dt"] = datetime.now(timezone(timedelta(hours=5, minutes=30))).strftime("%d/%m/%Y")
with Einvoice(base_url=base_url, client_id=cred.client_id, client_secret=cred.client_secret, gstin=gstin) as client:
    doc = client.irn.generate(invoice, wait_seconds=10)
if doc.status != "generated" or not doc.irn:
    raise SystemExit(f"expected a generated IRN, got status {doc.status} (gstn_errors: {doc.gstn_errors})")
print(f"pypi.sh: IRN {doc.irn} for {invoice['DocDtls']['No']} of {invoice['DocDtls']['Dt']} (AckNo {doc.ack_no})", file=sys.stderr)
print(doc.irn)
EOF
    if irn=$("$vpy" -I first_call.py "$INVOICE" "$GSTIN" 2>"$work/first-call.err"); then
      first_call=$irn
      cat "$work/first-call.err"
    else
      cat "$work/first-call.err"
      msg=$(grep -v -e '^[[:space:]]' -e '^Traceback' "$work/first-call.err" | tail -n1 || true)
      first_call="error: ${msg:-the first call failed}"
      problem "first call: $first_call"
    fi
  fi
  cd "$root"
fi

echo "pypi.sh: artifacts:"
for f in "${artifacts[@]+"${artifacts[@]}"}"; do echo "  $(basename "$f") $(stat -c %s "$f") bytes"; done
if report; then exit 0; else exit 1; fi
