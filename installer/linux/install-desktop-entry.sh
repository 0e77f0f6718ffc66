#!/bin/sh
# Registers BillingOne with the desktop for the current user: the menu entry, and the handler for
# billingone:// links (x-scheme-handler/billingone), so a link clicked in mail opens the workstation.
# Usage: install-desktop-entry.sh [BIN_DIR]   (BIN_DIR holds the `billingone` launcher; default /opt/billingone/bin)
set -eu

bin_dir=${1:-/opt/billingone/bin}
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications

if [ ! -x "$bin_dir/billingone" ]; then
    echo "error: no executable $bin_dir/billingone; pass the folder that holds the launcher (e.g. /opt/billingone/bin)." >&2
    exit 1
fi

mkdir -p "$apps"
for entry in billingone.desktop billingone-url-handler.desktop; do
    # Absolute path in Exec: the desktop's launcher does not search the user's PATH reliably.
    sed "s|^Exec=billingone|Exec=$bin_dir/billingone|" "$here/$entry" > "$apps/$entry"
done

if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default billingone-url-handler.desktop x-scheme-handler/billingone
else
    # Without xdg-utils, write the association where every freedesktop desktop reads it.
    config=${XDG_CONFIG_HOME:-$HOME/.config}
    mkdir -p "$config"
    touch "$config/mimeapps.list"
    if ! grep -q '^\[Default Applications\]' "$config/mimeapps.list"; then
        printf '[Default Applications]\n' >> "$config/mimeapps.list"
    fi
    sed -i '/^x-scheme-handler\/billingone=/d' "$config/mimeapps.list"
    sed -i '/^\[Default Applications\]/a x-scheme-handler/billingone=billingone-url-handler.desktop' "$config/mimeapps.list"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$apps" || true
fi
echo "Registered billingone:// links with $apps/billingone-url-handler.desktop"
