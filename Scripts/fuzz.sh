#!/usr/bin/env bash
# Builds the libFuzzer targets under Fuzz/ and runs each for a bounded time.
#
#   Scripts/fuzz.sh                       # build if needed, run every target for 30 s
#   Scripts/fuzz.sh --time 600 keys       # one target, ten minutes
#   Scripts/fuzz.sh --build-only          # just build (the tests reuse the binaries)
#   Scripts/fuzz.sh --reproduce keys FILE # run one input (a crash artifact) and exit
#
# Targets: loader (data loader and validator), keys (key handling and rendering at any
# size), briefing (the follow-mode line splitter and message decoder, and the recording
# reader). Each is compiled with
#   swiftc -sanitize=fuzzer,address -parse-as-library
# together with the library sources it needs (VigiaModel, VigiaViews, VigiaBriefing: Foundation
# only, no ncurses), one module at a time, into .build/fuzz. A build is reused while the
# sources, this script and the compiler are unchanged. FUZZ_BUILD=DIR builds and keeps its
# corpus elsewhere (a long run beside the tests' short ones).
#
# Seeds are committed under Fuzz/corpus/<target>; what a run discovers goes to
# .build/fuzz/corpus/<target> and is reused by the next run. A crash, hang (over 10 s) or
# memory blow-up (over 2 GB) is written to .build/fuzz/artifacts/ and the script exits 1.
# The summary line per target gives executions, seconds, coverage (cov: edges) and features.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=30
build_only=0
reproduce=""
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --time) seconds="$2"; shift 2 ;;
        --build-only) build_only=1; shift ;;
        --reproduce) reproduce="$3"; targets=("$2"); shift 3 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        loader|keys|briefing) targets+=("$1"); shift ;;
        *) echo "fuzz.sh: unknown argument '$1' (targets: loader keys briefing)" >&2; exit 2 ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(loader keys briefing)

build="${FUZZ_BUILD:-.build/fuzz}"
mkdir -p "$build"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld -warnings-as-errors -I "$build/modules")

# The modules each target needs, in dependency order.
modules_for() {
    case "$1" in
        loader|keys) echo "VigiaModel VigiaViews" ;;
        briefing) echo "VigiaModel VigiaViews VigiaBriefing" ;;
    esac
}
main_for() {
    case "$1" in
        loader) echo Fuzz/LoaderFuzz/main.swift ;;
        keys) echo Fuzz/KeysFuzz/main.swift ;;
        briefing) echo Fuzz/BriefingFuzz/main.swift ;;
    esac
}

# A module's sources, in every subfolder, in a stable order.
sources_of() {
    find "Sources/$1" -name '*.swift' | LC_ALL=C sort
}

build_all() {
    # One build at a time (a test run and a manual run may overlap); the stamp says what it was built from.
    exec 9>"$build/.lock"
    flock 9
    local stamp
    stamp=$( (swiftc --version 2>&1; cat "$0" $(sources_of VigiaModel) $(sources_of VigiaViews) $(sources_of VigiaBriefing) Fuzz/*/main.swift) | sha256sum | cut -d' ' -f1)
    if [ -f "$build/stamp" ] && [ "$(cat "$build/stamp")" = "$stamp" ] \
        && [ -x "$build/loader-fuzz" ] && [ -x "$build/keys-fuzz" ] && [ -x "$build/briefing-fuzz" ]; then
        flock -u 9
        return
    fi
    rm -rf "$build/modules" "$build/stamp"
    mkdir -p "$build/modules"
    local start=$SECONDS
    for module in VigiaModel VigiaViews VigiaBriefing; do
        echo "fuzz.sh: compiling $module" >&2
        local sources=()
        mapfile -t sources < <(sources_of "$module")
        swiftc "${flags[@]}" -module-name "$module" -wmo -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
            -c "${sources[@]}" -o "$build/modules/$module.o"
    done
    for target in loader keys briefing; do
        echo "fuzz.sh: linking $target-fuzz" >&2
        local objects=()
        for module in $(modules_for "$target"); do objects+=("$build/modules/$module.o"); done
        swiftc "${flags[@]}" -module-name "$(basename "$(dirname "$(main_for "$target")")")" \
            "$(main_for "$target")" "${objects[@]}" -o "$build/$target-fuzz"
    done
    echo "$stamp" > "$build/stamp"
    echo "fuzz.sh: built in $((SECONDS - start)) s" >&2
    flock -u 9
}

build_all
[ $build_only -eq 0 ] || exit 0

# Swift's backtracer would wait on a crash; libFuzzer reports it itself. Leak checking is off:
# the Swift runtime's metadata caches live for the whole process and would read as leaks.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

if [ -n "$reproduce" ]; then
    exec "$build/${targets[0]}-fuzz" -detect_leaks=0 "$reproduce"
fi

max_len_for() {
    case "$1" in
        loader) echo 65536 ;;
        keys) echo 512 ;;
        briefing) echo 8192 ;;
    esac
}

status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    log="$build/$target.log"
    # nice: the fuzzer must not starve timing-sensitive tests running beside it.
    if nice -n 19 "$build/$target-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$(max_len_for "$target")" -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" "Fuzz/corpus/$target" > "$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    took=$(sed -n 's/^stat::\(average_exec_per_sec\): *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    echo "$target: $result — ${runs:-?} executions in ${seconds} s (${took:-?}/s), coverage ${cov:-?} edges, ${ft:-?} features, corpus $(ls "$corpus" | wc -l) inputs"
    if [ "$result" = FAILED ]; then
        grep -E 'ERROR|SUMMARY|Fatal error|Precondition|Test unit written|^==' "$log" | head -20 >&2 || true
        echo "$target: full log in $log; reproduce with: Scripts/fuzz.sh --reproduce $target $artifacts/<file>" >&2
    fi
done
exit $status
