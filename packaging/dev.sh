#!/usr/bin/env bash
# Colloquy's two newcomer commands (Debian/Ubuntu):
#
#   packaging/dev.sh run [--xvfb] [APP ARGS...]
#       install deps, configure + build build/ (Ninja, RelWithDebInfo) and open
#       build/app/colloquy --sample (with --xvfb: on a virtual screen via xvfb-run)
#   packaging/dev.sh test [--sanitize]
#       install deps, configure + build with -DCOLLOQUY_WERROR=ON and run the
#       whole suite headless with ctest; exits non-zero when a test fails.
#       --sanitize: separate build-asan/ (Debug, ASan + UBSan)
#   packaging/dev.sh fuzz [SECONDS]
#       install deps and clang, build build-fuzz/ (clang, libFuzzer, ASan +
#       UBSan) and run every harness of tests/fuzz for SECONDS (default 20)
#       from its seed corpus; exits non-zero when one finds a crash, with the
#       input saved in build-fuzz/crashes/ (add it to tests/fuzz/corpus/NAME/)
#
# Environment knobs (used by CI): COLLOQUY_BUILD_DIR (build directory),
# COLLOQUY_CMAKE_ARGS (extra configure arguments, split on spaces),
# COLLOQUY_SKIP_DEPS=1 (do not run install-deps.sh).
set -euo pipefail
self="$(realpath "${BASH_SOURCE[0]}")"
cd "$(dirname "$self")/.."

usage() { sed -n '2,20s/^# \{0,1\}//p' "$self"; exit "${1:-0}"; }
section() { printf '\n==== %s ====\n' "$*"; }

mode="${1:-}"; shift || true
sanitize=0 xvfb=0 app_args=() fuzz_seconds=20
for arg in "$@"; do
    case "$mode:$arg" in
        test:--sanitize) sanitize=1 ;;
        fuzz:[0-9]*) fuzz_seconds="$arg" ;;
        run:--xvfb) xvfb=1 ;;
        run:*) app_args+=("$arg") ;;
        *) echo "dev.sh: unknown argument '$arg' for '$mode'" >&2; usage 2 ;;
    esac
done
case "$mode" in run|test|fuzz) ;; -h|--help) usage ;; *) usage 2 ;; esac

build_type=RelWithDebInfo build_dir=build
# Shared core/ui: each test binary is then ~1 MB instead of ~115 MB (250 MB
# under ASan), which keeps a build tree within a few GB of disk.
cmake_args=(-DCOLLOQUY_SHARED_LIBS=ON)
if [[ $mode == test ]]; then cmake_args+=(-DCOLLOQUY_WERROR=ON); fi
if (( sanitize )); then
    build_type=Debug build_dir=build-asan
    cmake_args+=(-DCOLLOQUY_SANITIZE=ON)
    # Leak checking is on: the suite was leak-free on Qt 6.4/offscreen; system
    # libraries' exit-time leaks are listed in packaging/lsan.supp.
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
    export LSAN_OPTIONS="suppressions=$PWD/packaging/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
fi
# CI keeps a compiler cache between runs (COLLOQUY_CCACHE_DIR); paths are made
# relative to the clone so a clone elsewhere still hits it.
if [[ -n "${COLLOQUY_CCACHE_DIR:-}" ]] && command -v ccache >/dev/null; then
    export CCACHE_DIR="$COLLOQUY_CCACHE_DIR" CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-3G}"
    cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
if [[ $mode == fuzz ]]; then
    [[ "${COLLOQUY_SKIP_DEPS:-0}" == 1 ]] || { section "Dependencies"; bash packaging/install-deps.sh clang libclang-rt-dev; }
    COLLOQUY_CMAKE_ARGS="${cmake_args[*]}" exec bash packaging/fuzz.sh "$fuzz_seconds"
fi
build_dir="${COLLOQUY_BUILD_DIR:-$build_dir}"
read -r -a extra <<<"${COLLOQUY_CMAKE_ARGS:-}"
cmake_args+=("${extra[@]}")

if [[ "${COLLOQUY_SKIP_DEPS:-0}" != 1 ]]; then
    section "Dependencies"
    bash packaging/install-deps.sh
fi

section "Configure $build_dir ($build_type ${cmake_args[*]})"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${cmake_args[@]}"

section "Build $build_dir"
keep_going=()
if [[ $mode == test ]]; then keep_going=(-- -k 0); fi # report every compile error at once
cmake --build "$build_dir" -j"$(nproc)" "${keep_going[@]}"

if [[ $mode == test ]]; then
    section "Test $build_dir"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j"$(nproc)"
    exit
fi

app="$build_dir/app/colloquy"
(( ${#app_args[@]} )) || app_args=(--sample)
if (( xvfb )); then
    section "Run $app ${app_args[*]} (xvfb-run)"
    exec xvfb-run -a "$app" "${app_args[@]}"
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    cat >&2 <<EOF

dev.sh: built $app, but there is no screen to open it on
(neither DISPLAY nor WAYLAND_DISPLAY is set). On a headless machine use:
    packaging/dev.sh run --xvfb            # or: xvfb-run -a $app --sample
    ../shared/tools/screenshot shot.png -- $app --sample
EOF
    exit 3
fi
section "Run $app ${app_args[*]}"
exec "$app" "${app_args[@]}"
