#!/bin/sh
# Builds the native package from target/billingone.jar (run `./mvnw -o -q package -DskipTests` first).
# Usage: installer/jpackage.sh [app-image|deb|rpm|dmg|pkg|msi|exe]   (default: app-image; the OS decides what is possible)
# Output: target/installer/. On Linux, run installer/linux/install-desktop-entry.sh afterwards to register
# billingone:// links (jpackage cannot declare URL schemes on Linux); see installer/README.md for macOS and Windows.
set -eu

type=${1:-app-image}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/target/billingone.jar"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
out="$root/target/installer"

if [ ! -f "$jar" ]; then
    echo "error: $jar is missing; build it with ./mvnw -o -q package -DskipTests" >&2
    exit 1
fi
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp "$jar" "$staging/"
rm -rf "$out/BillingOne"
mkdir -p "$out"

set -- --type "$type" --dest "$out" --input "$staging" --main-jar billingone.jar \
    --main-class dev.billingone.workstation.app.Launcher \
    --name BillingOne --app-version "$version" --vendor "BillingOne" \
    --description "Month-end billing workstation for MSPs" \
    --java-options "-Dfile.encoding=UTF-8" --java-options "--enable-native-access=ALL-UNNAMED" \
    --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported,jdk.jfr,jdk.zipfs,jdk.localedata \
    --jlink-options "--strip-debug --no-header-files --no-man-pages"

case "$type" in
    deb|rpm) set -- "$@" --linux-shortcut --linux-menu-group Office --install-dir /opt ;;
    dmg|pkg) set -- "$@" --mac-package-identifier dev.billingone.workstation ;;
    msi|exe) set -- "$@" --win-menu --win-shortcut --win-dir-chooser ;;
esac

jpackage "$@"
echo "Built $type in $out"
