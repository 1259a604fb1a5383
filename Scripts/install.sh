#!/bin/sh
# Installs vigia: the binary, the bundled data, shell completions and the man page.
#
#   Scripts/install.sh                       # into /usr/local (may need sudo)
#   PREFIX=$HOME/.local Scripts/install.sh   # into your home
#   DESTDIR=/tmp/stage PREFIX=/usr Scripts/install.sh   # staged, for packaging
#
# The binary is built with `swift build -c release` unless VIGIA_BINARY names one already
# built. The layout is the one vigia looks for beside itself:
#   PREFIX/bin/vigia
#   PREFIX/share/vigia/Data/                           (the bundled data)
#   PREFIX/share/man/man1/vigia.1
#   PREFIX/share/bash-completion/completions/vigia
#   PREFIX/share/zsh/site-functions/_vigia
#   PREFIX/share/fish/vendor_completions.d/vigia.fish
set -eu

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
checkout=$(cd "$(dirname "$0")/.." && pwd)
root="$DESTDIR$PREFIX"

if [ -n "${VIGIA_BINARY:-}" ]; then
    binary=$VIGIA_BINARY
else
    (cd "$checkout" && swift build -c release --product vigia)
    binary="$checkout/.build/release/vigia"
fi
[ -x "$binary" ] || { echo "install.sh: $binary is not an executable" >&2; exit 66; }

install -d "$root/bin" "$root/share/vigia" "$root/share/man/man1" \
    "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" \
    "$root/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$root/bin/vigia"

# The data folder is replaced whole, so files removed from the data set do not linger.
rm -rf "$root/share/vigia/Data"
cp -R "$checkout/Data" "$root/share/vigia/Data"
chmod -R a+rX,go-w "$root/share/vigia/Data"

install -m 0644 "$checkout/Docs/man/vigia.1" "$root/share/man/man1/vigia.1"
"$root/bin/vigia" --generate-completion-script bash > "$root/share/bash-completion/completions/vigia"
"$root/bin/vigia" --generate-completion-script zsh > "$root/share/zsh/site-functions/_vigia"
"$root/bin/vigia" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/vigia.fish"

echo "Installed vigia $("$root/bin/vigia" --version) into $root"
