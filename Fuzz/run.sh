#!/usr/bin/env bash
# Builds the libFuzzer harnesses (address sanitizer, coverage for libFuzzer) and runs each
# for SECONDS. Usage: Fuzz/run.sh [SECONDS] [loader|expressions|all] [extra libFuzzer flags…]
# Prints each harness's executions and exec/s; exits 1 when one crashes, times out or runs
# out of memory, keeping the input under Fuzz/crashes/<harness>/.
set -euo pipefail
cd "$(dirname "$0")"
fuzz=$PWD
root=$(cd .. && pwd)

seconds=${1:-60}
which=${2:-all}
shift $(( $# < 2 ? $# : 2 ))
case "$which" in
  loader) harnesses=(loader) ;;
  expressions) harnesses=(expressions) ;;
  all) harnesses=(loader expressions) ;;
  *) echo "usage: Fuzz/run.sh [SECONDS] [loader|expressions|all] [libFuzzer flags…]" >&2; exit 2 ;;
esac

# -sanitize=fuzzer would link libFuzzer's own main, which clashes with the main SwiftPM gives
# every executable; so: the fuzzer's coverage instrumentation, and libFuzzer without main
# (each harness's @main calls LLVMFuzzerRunDriver).
swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
libfuzzer=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -n 1 || true)
if [ -z "$libfuzzer" ]; then
  echo "libclang_rt.fuzzer_no_main not found next to $swift_bin: this toolchain has no libFuzzer" >&2
  exit 2
fi
# FUZZ_CONFIGURATION=debug builds faster (CI) and runs slower.
flags=(-c "${FUZZ_CONFIGURATION:-release}"
       -Xswiftc -sanitize=address
       -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table
       -Xlinker "$libfuzzer" -Xlinker -lstdc++)

product() { case "$1" in loader) echo FuzzLoader ;; expressions) echo FuzzExpressions ;; esac; }

for harness in "${harnesses[@]}"; do
  echo "==> building $(product "$harness")"
  build_log=$(mktemp)
  built=0
  swift build "${flags[@]}" --product "$(product "$harness")" >"$build_log" 2>&1 || built=$?
  # The sanitizer runtime makes the gold linker warn about every symbol it cannot export.
  grep -vE 'Cannot export local symbol|^\[[0-9]+/[0-9]+\]|unhandled; explicitly declare|PrivacyInfo' "$build_log" || true
  rm -f "$build_log"
  [ "$built" -eq 0 ] || { echo "build of $(product "$harness") failed" >&2; exit 1; }
done
bin=$(swift build "${flags[@]}" --show-bin-path)

# Seeds: the example plans and test fixtures as they are in the repository, plus the
# checked-in seeds (expressions extracted from them, inputs of fixed crashes). New inputs
# libFuzzer finds go to Fuzz/corpus/<harness>/, which is not checked in.
seeds() {
  case "$1" in
    loader) echo "$root/workflows" "$root/Tests/Fixtures/valid" "$root/Tests/Fixtures/invalid" \
                 "$root/Tests/Fixtures/warnings" "$fuzz/seeds/loader" ;;
    expressions) echo "$fuzz/seeds/expressions" ;;
  esac
}
dictionary() { case "$1" in loader) echo "$fuzz/yaml.dict" ;; expressions) echo "$fuzz/expressions.dict" ;; esac; }

# Leak detection is off (libFuzzer's and at exit): LeakSanitizer reports Swift's lazily
# initialised globals (such as FormatSpec.top) as leaks. Swift's own backtracer is off: under
# the address sanitizer it crashes reading the crashed process; libFuzzer prints the stack.
status=0
for harness in "${harnesses[@]}"; do
  corpus=$fuzz/corpus/$harness
  crashes=$fuzz/crashes/$harness
  mkdir -p "$corpus" "$crashes"
  log=$(mktemp)
  echo "==> fuzzing $harness for ${seconds}s"
  set +e
  # shellcheck disable=SC2046
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS} "$bin/$(product "$harness")" "$corpus" $(seeds "$harness") \
    -dict="$(dictionary "$harness")" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$crashes/" "$@" >"$log" 2>&1
  code=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
  echo "$harness: ${runs:-?} executions, ${rate:-?} exec/s, ${cov:-no coverage line}, exit $code"
  if [ "$code" -ne 0 ]; then
    status=1
    grep -E 'ERROR|SUMMARY|Fatal error|Test unit written|panic|deadly signal' "$log" | head -n 20 || true
    tail -n 40 "$log"
    echo "$harness: the input that failed is kept in $crashes/ (replay: $bin/$(product "$harness") FILE)"
  fi
  rm -f "$log"
done
exit "$status"
