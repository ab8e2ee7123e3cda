#!/usr/bin/env bash
# Builds the libFuzzer targets (cmake --preset fuzz: clang 14, ASan + UBSan) and runs each one
# for a bounded time, then prints the executions per target.
#
#   tools/fuzz.sh [seconds-per-target] [target...]     (default: 60 s, every target)
#
# Each target starts from its seeds in fuzz/corpus/<target>/ (copied into build-fuzz/corpus/, which
# grows as the fuzzer finds new paths; the seeds in the tree are never written). A crash, leak,
# sanitizer report or timeout stops that target and leaves the input in build-fuzz/artifacts/;
# the script then exits non-zero. Reproduce one with: build-fuzz/fuzz/<target> <input file>.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build=build-fuzz
all=$(cd fuzz/corpus && ls -d fuzz_* | sort)
targets=${*:-$all}
mkdir -p "$build/artifacts" "$build/logs"

export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 QT_LOGGING_RULES='*.debug=false;*.warning=false'
# Qt's static initialisers and caches are reachable at exit, not leaks; report real ones only.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=0
printf '%-24s %12s %10s  %s\n' target executions exec/s result
for t in $targets; do
  corpus=$build/corpus/$t
  mkdir -p "$corpus"
  cp -n fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  log=$build/logs/$t.log
  set +e
  "$build/fuzz/$t" "$corpus" -dict=fuzz/kfp.dict -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$t-" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  result=ok
  if [[ $rc -ne 0 ]]; then
    result="FAILED (rc $rc, see $log)"
    failed=1
  fi
  printf '%-24s %12s %10s  %s\n' "$t" "$execs" "$rate" "$result"
done
exit $failed
