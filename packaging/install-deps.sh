#!/usr/bin/env bash
# Install Colloquy's build/test dependencies on Debian or Ubuntu.
#
#   packaging/install-deps.sh            install what packaging/debian-packages.txt lists
#   packaging/install-deps.sh PKG...     ...plus these extra packages (e.g. mmdebstrap for CI)
#   packaging/install-deps.sh --only PKG...  only these packages, not the list
#   packaging/install-deps.sh --check    only report; exit 1 when a required package is missing
#
# Idempotent and non-interactive: each package is checked with dpkg-query and
# skipped when installed; `apt-get update` runs only when something is missing.
# Packages marked "optional" in the list are installed only when apt has a
# candidate for them. Uses sudo only when not root.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
list="${COLLOQUY_PACKAGE_LIST:-$here/debian-packages.txt}"
check_only=0
extra=()
for arg in "$@"; do
    case "$arg" in
        --check) check_only=1 ;;
        --only) list=/dev/null ;;
        -h|--help) sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
        *) extra+=("$arg") ;;
    esac
done

say() { echo "install-deps: $*"; }

is_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]
}
has_candidate() {
    local c
    c="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')"
    [[ -n "$c" && "$c" != "(none)" ]]
}

# Parse the list: "name" or "name optional", comments and blank lines ignored.
required=() optional=()
while read -r name flag _; do
    [[ -z "$name" ]] && continue
    if [[ "$flag" == optional ]]; then optional+=("$name"); else required+=("$name"); fi
done < <(sed -e 's/#.*//' "$list")
required+=("${extra[@]}")

missing=() want_optional=()
for p in "${required[@]}"; do is_installed "$p" || missing+=("$p"); done
for p in "${optional[@]}"; do is_installed "$p" || want_optional+=("$p"); done

if (( check_only )); then
    say "missing required: ${missing[*]:-none}; missing optional: ${want_optional[*]:-none}"
    (( ${#missing[@]} == 0 ))
    exit
fi

# apt-get as root: directly when root, else through sudo (checked only when needed).
apt_get() {
    local sudo=()
    if (( EUID != 0 )); then
        command -v sudo >/dev/null || { say "not root and no sudo: cannot run apt-get $1" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 "$@"
}

# Optional packages: only those this distribution offers (judged on the local
# lists first, so a rerun with nothing to do stays offline, then on fresh ones).
pick_optional() {
    local p; opt_install=()
    for p in "${want_optional[@]}"; do has_candidate "$p" && opt_install+=("$p"); done
    return 0
}
pick_optional
if (( ${#missing[@]} + ${#opt_install[@]} )); then
    todo=("${missing[@]}" "${opt_install[@]}")
    say "to install: ${todo[*]}; running apt-get update"
    apt_get update
    pick_optional
fi
for p in "${want_optional[@]}"; do
    [[ " ${opt_install[*]} " == *" $p "* ]] || say "optional $p: not available on this distribution, skipped"
done
missing+=("${opt_install[@]}")

if (( ${#missing[@]} == 0 )); then
    say "all ${#required[@]} required packages present; nothing to do"
    exit 0
fi
say "installing: ${missing[*]}"
apt_get install --no-install-recommends "${missing[@]}"
say "done"
