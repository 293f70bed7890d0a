#!/bin/sh
# Install Inspector Desk for the current user (no root needed), from the unpacked tarball:
#
#     tar xzf inspector-desk-<version>-linux-x86_64.tar.gz
#     inspector-desk-<version>/install.sh            # or: install.sh --uninstall
#
# Program:  ~/.local/opt/inspector-desk/      (replaced on every install: updates are a re-run)
# Command:  ~/.local/bin/inspector-desk       (a symbolic link)
# Menu:     ~/.local/share/applications/inspector-desk.desktop, icons in the hicolor theme
# Data is not here and never touched: ~/.local/share/InspectorDesk (or $INSPECTOR_DESK_HOME).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${INSPECTOR_DESK_PREFIX:-$HOME/.local/opt/inspector-desk}
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix"
    rm -f "$bin/inspector-desk" "$data/applications/inspector-desk.desktop"
    find "$data/icons/hicolor" -name inspector-desk.png -path '*/apps/*' -delete 2>/dev/null || true
    echo "Inspector Desk removed (your data in $data/InspectorDesk is kept)."
    exit 0
fi

[ -x "$here/inspector-desk" ] || { echo "run install.sh from the unpacked folder" >&2; exit 2; }
mkdir -p "$(dirname "$prefix")" "$bin" "$data/applications"
staging="$prefix.new.$$"
rm -rf "$staging"
cp -a "$here" "$staging"
rm -rf "$prefix.old"
[ -e "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$staging" "$prefix"
rm -rf "$prefix.old"
ln -sf "$prefix/inspector-desk" "$bin/inspector-desk"
for dir in "$prefix"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$dir/inspector-desk.png" "$data/icons/hicolor/$size/apps/inspector-desk.png"
done
sed "s|^Exec=.*|Exec=\"$prefix/inspector-desk\"|" "$prefix/share/applications/inspector-desk.desktop" \
    > "$data/applications/inspector-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
"$prefix/inspector-desk" --version
echo "Installed in $prefix; start it from the menu or with: inspector-desk"
