#!/usr/bin/env bash
# Build and test Colloquy inside a clean Debian 13 (trixie) root: Qt 6.8 and
# KF6 SyntaxHighlighting, configured with -DCOLLOQUY_REQUIRE_KSYNTAXHIGHLIGHTING=ON
# and -DCOLLOQUY_WERROR=ON. Needs root (mmdebstrap, chroot, bind mounts).
#
# The root is cached outside the clone ($COLLOQUY_CI_CACHE, default
# /var/cache/colloquy-ci/trixie-root): made by mmdebstrap into a temp dir and
# renamed only when complete (a stamp inside marks it good; remade after 30
# days or when the stamp text changes). Dependencies come
# from the same packaging/install-deps.sh, which skips what is present.
# The clone is bind-mounted read-only at /src and ../shared at /shared; the
# build dir is /build/colloquy inside the root. Every mount is undone on exit.
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(dirname "$src")/shared"
cache="${COLLOQUY_CI_CACHE:-/var/cache/colloquy-ci}"
root="$cache/trixie-root"
mirror=http://deb.debian.org/debian
stamp_id="colloquy-ci root v1: mmdebstrap --variant=apt trixie $mirror"
stamp="$root/.colloquy-root-stamp"

section() { printf '\n==== [debian13 +%ss] %s ====\n' "$SECONDS" "$*"; }
die() { echo "ci-debian13: $*" >&2; exit 1; }
(( EUID == 0 )) || die "must run as root (mmdebstrap, chroot, mount)"

# Mount points below a directory, deepest first.
mounts_under() {
    findmnt -rn -o TARGET | awk -v d="$1" '$0 == d || index($0, d "/") == 1' | sort -r
}
unmount_under() {
    local m
    while read -r m; do
        [[ -n "$m" ]] || continue
        umount "$m" 2>/dev/null || umount -l "$m" || echo "ci-debian13: could not unmount $m" >&2
    done < <(mounts_under "$1")
}
# rm -rf only when nothing is mounted below the path.
safe_rm() {
    unmount_under "$1"
    [[ -z "$(mounts_under "$1")" ]] || die "refusing to delete $1: still has mounts"
    rm -rf --one-file-system "$1"
}
cleanup() { unmount_under "$root"; unmount_under "$root.tmp"; }

mkdir -p "$cache"
exec 9>"$cache/lock"
flock 9 # one run at a time; only the holder may touch the root's mounts
if [[ -n "$(mounts_under "$root")$(mounts_under "$root.tmp")" ]]; then
    echo "ci-debian13: unmounting what a killed run left behind"; cleanup
fi
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

section "Host tools"
command -v mmdebstrap >/dev/null || bash "$src/packaging/install-deps.sh" --only mmdebstrap debian-archive-keyring

# Reuse a complete root with the current stamp made in the last 30 days
# (older ones are remade so trixie's point releases come in).
if [[ -f "$stamp" && "$(cat "$stamp")" == "$stamp_id" && -n "$(find "$stamp" -mtime -30)" ]]; then
    section "Reusing cached root $root (made $(date -r "$stamp" '+%F %T'))"
else
    section "Creating Debian 13 root $root"
    [[ -e "$root" ]] && safe_rm "$root"
    [[ -e "$root.tmp" ]] && safe_rm "$root.tmp"
    start=$SECONDS
    mmdebstrap --variant=apt trixie "$root.tmp" "$mirror"
    # No services may start inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$root.tmp/usr/sbin/policy-rc.d"
    chmod +x "$root.tmp/usr/sbin/policy-rc.d"
    echo "$stamp_id" >"$root.tmp/.colloquy-root-stamp"
    mv "$root.tmp" "$root"
    echo "root created in $((SECONDS - start)) s"
fi

section "Mounting /proc /sys /dev /dev/pts, the clone at /src and ../shared at /shared (read-only)"
bind() { # bind SOURCE TARGET [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2"
    if [[ "${3:-}" == ro ]]; then mount -o remount,bind,ro "$2"; fi
}
mkdir -p "$root/proc"
mount -t proc proc "$root/proc"
bind /sys "$root/sys" ro
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
bind "$src" "$root/src" ro
if [[ -d "$shared" ]]; then
    bind "$shared" "$root/shared" ro
else
    echo "no $shared: the reference corpus test will skip"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf.colloquy" && mv "$root/etc/resolv.conf.colloquy" "$root/etc/resolv.conf"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

section "Dependencies inside the root (packaging/install-deps.sh)"
in_root dpkg --configure -a
if ! in_root bash /src/packaging/install-deps.sh; then
    rm -f "$stamp" # a half-installed root is rebuilt next time
    die "installing dependencies in the root failed"
fi
in_root apt-get clean
in_root dpkg-query -W qt6-base-dev libkf6syntaxhighlighting-dev g++ cmake # versions, for the log

section "Build and test in the root (packaging/dev.sh test)"
safe_rm "$root/build/colloquy"
# The root's own compiler cache, kept with the root (see .ci/run).
in_root bash -c 'command -v ccache >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q ccache >/dev/null' ||
    echo "no ccache in the root; building without"
in_root env COLLOQUY_SKIP_DEPS=1 COLLOQUY_BUILD_DIR=/build/colloquy COLLOQUY_CCACHE_DIR=/build/ccache \
    COLLOQUY_CMAKE_ARGS="-DCOLLOQUY_REQUIRE_KSYNTAXHIGHLIGHTING=ON" \
    bash /src/packaging/dev.sh test
