#!/usr/bin/env bash
# Build, test and run THADS Workflow.
#
#   ./build.sh          restore and build the solution (Release; warnings are errors)
#   ./build.sh test     build, run every test project, end with one line "N passed, N failed"
#   ./build.sh run ...  start the application: dotnet run --project src/Host [-- ...]
#
# Works on a fresh Debian 12 with only the .NET 10 SDK and Node 20; as root (CI) or with sudo.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

readonly SOLUTION=ThadsWorkflow.sln
readonly CONFIGURATION=Release
readonly RESULTS_DIR=tests/artifacts/results
# A test run that hangs this long is killed and counted as failed, so CI cannot wait forever.
readonly TEST_HANG_TIMEOUT=${TEST_HANG_TIMEOUT:-5m}

# Debian packages the build or the tests need; installed only when missing.
# chromium: browser tests (Debian's build; Playwright never downloads one). python3-aiosmtpd: mail tests.
APT_PACKAGES=(python3-aiosmtpd chromium)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

passed=0
failed=0

log() { echo "==> $*" >&2; }

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "build.sh: '$*' needs root, and sudo is not available" >&2
    return 1
  fi
}

# `dpkg -s` alone also succeeds for removed packages whose configuration files remain.
is_installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'; }

install_apt_packages() {
  local missing=() package
  for package in "${APT_PACKAGES[@]}"; do
    is_installed "$package" || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0

  log "Installing ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Hook for the BPMN designer (designer/, npm + Vite): `npm ci` and its build go here, before the .NET
# build, because the Host serves the designer's output from src/Host/wwwroot/designer/.
# The Host's build runs `npm ci` (when node_modules is missing or older than the lock file) and the Vite build (when a
# designer source changed) itself; here we only fail early and clearly when Node is missing.
build_designer() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "build.sh: the designer needs Node.js 20 (node and npm on PATH)" >&2
    return 1
  fi
}

# Hook for the designer's own tests: run them here and add their counts with add_counts PASSED FAILED.
test_designer() {
  local report="$RESULTS_DIR/designer-vitest.json" status=0 counts
  log "vitest (designer/)"
  (cd designer && node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile="../$report") || status=$?
  counts=$(node -e 'const r = require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests)' "$PWD/$report" 2>/dev/null) || counts=""
  if [[ -z $counts ]]; then
    add_counts 0 1
    return 0
  fi
  local designer_passed designer_failed
  read -r designer_passed designer_failed <<<"$counts"
  if ((status != 0 && designer_failed == 0)); then
    designer_failed=1
  fi
  log "designer: passed $designer_passed, failed $designer_failed (vitest exit code $status)"
  add_counts "$designer_passed" "$designer_failed"
}

build() {
  install_apt_packages
  build_designer
  log "dotnet restore"
  dotnet restore "$SOLUTION"
  log "dotnet build ($CONFIGURATION)"
  dotnet build "$SOLUTION" -c "$CONFIGURATION" --no-restore
}

add_counts() {
  passed=$((passed + $1))
  failed=$((failed + $2))
}

# One numeric attribute of a trx <Counters> element; 0 when absent.
counter() { grep -o " $1=\"[0-9]*\"" <<<"$2" | grep -o '[0-9]\+' || echo 0; }

# Prints "PASSED FAILED" from the <Counters> element of a trx file; errors, timeouts and aborted tests
# are failures too. Prints nothing when the file or the element is missing.
trx_counts() {
  local trx=$1 counters
  [[ -f $trx ]] || return 0
  counters=$(grep -o -m 1 '<Counters [^>]*>' "$trx") || return 0
  local failures=$(($(counter failed "$counters") + $(counter error "$counters") \
    + $(counter timeout "$counters") + $(counter aborted "$counters")))
  echo "$(counter passed "$counters") $failures"
}

# Runs one test project; a crash or a run without results still counts as (at least) one failure.
test_project() {
  local project=$1 name trx status=0 counts project_passed=0 project_failed=0
  name=$(basename "$project" .csproj)
  trx="$RESULTS_DIR/$name.trx"

  log "dotnet test $project"
  dotnet test "$project" --no-build -c "$CONFIGURATION" \
    --results-directory "$RESULTS_DIR" --logger "trx;LogFileName=$name.trx" \
    --blame-hang-timeout "$TEST_HANG_TIMEOUT" --blame-hang-dump-type none || status=$?

  counts=$(trx_counts "$trx")
  if [[ -n $counts ]]; then
    read -r project_passed project_failed <<<"$counts"
  fi
  if ((status != 0 && project_failed == 0)); then
    project_failed=1
  fi
  log "$name: passed $project_passed, failed $project_failed (dotnet test exit code $status)"
  add_counts "$project_passed" "$project_failed"
}

# Always the last thing printed by `./build.sh test`, even when the build itself broke.
finish_test_run() {
  local status=$?
  trap - EXIT
  if ((status != 0 && failed == 0)); then
    failed=1
  fi
  echo "$passed passed, $failed failed"
  ((failed == 0)) && exit 0
  exit 1
}

run_tests() {
  trap finish_test_run EXIT
  build

  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"
  local projects project
  mapfile -t projects < <(find tests -name '*.Tests.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
  if ((${#projects[@]} == 0)); then
    echo "build.sh: no *.Tests.csproj under tests/" >&2
    add_counts 0 1
  fi
  for project in "${projects[@]}"; do
    test_project "$project"
  done
  test_designer
}

main() {
  local command=${1:-build}
  case "$command" in
    build) build ;;
    test) run_tests ;;
    run) shift; exec dotnet run --project src/Host "$@" ;;
    *)
      echo "usage: ./build.sh [build|test|run [-- ARGS...]]" >&2
      exit 2
      ;;
  esac
}

main "$@"
