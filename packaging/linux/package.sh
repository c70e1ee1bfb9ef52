#!/usr/bin/env bash
# Builds Uptake for Linux with jpackage: an app-image (target/package/Uptake) with a small runtime
# made by jlink, and with --deb also a .deb (needs fakeroot and dpkg-deb: apt-get install fakeroot).
# Both carry the icon, a desktop entry and the .uptake file association (each workspace folder holds
# a workspace.uptake file, so a double-click opens the workspace).
#
#   packaging/linux/package.sh            # app-image only
#   packaging/linux/package.sh --deb      # app-image and .deb
#   packaging/linux/package.sh --check    # app-image, then run it with --version (CI)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
JAR=target/uptake.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
VERSION=$(unzip -p "$JAR" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
OUT=target/package
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"
# The sample scenario ships with the app: a newcomer's first run builds the sample workspace from it.
mkdir -p "$OUT/input/sample-workspaces"
cp -r sample-workspaces/dashboard-customization "$OUT/input/sample-workspaces/"

# The modules the app needs (from `jdeps --print-module-deps` on the jar, plus what is loaded as a
# service and jdeps cannot see: TLS ciphers, extra charsets, zip file systems).
MODULES=$(tr -d ' \n' < packaging/runtime-modules.txt)
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$OUT/runtime"

COMMON=(--name Uptake --app-version "$VERSION" --vendor "Uptake" --input "$OUT/input" --main-jar uptake.jar
  --main-class org.uptake.app.Main --runtime-image "$OUT/runtime" --icon packaging/icons/uptake.png
  --java-options "-Xmx2g" --java-options "-Djava.awt.headless=false" --dest "$OUT")
jpackage --type app-image "${COMMON[@]}"

# Class Data Sharing: the classes a command loads (Uptake's, H2's, picocli's, Jackson's…) are parsed and
# verified once here, by a read of the sample, and mapped from uptake.jsa at every later start (logging,
# parsing and opening a workspace take about half as long; packaging/README.md). The runtime's own archive
# (jlink --generate-cds-archive above) is its base. A jar changed after this would only make the JVM
# ignore the archive.
APP="$OUT/Uptake"
TRAINING=$(mktemp -d)
"$APP/bin/Uptake" init "$TRAINING/ws" >/dev/null
# accounts.csv too: the desktop run opens the book of business and its top account's page.
"$APP/bin/Uptake" import "$TRAINING/ws" sample-workspaces/dashboard-customization/features.json \
  sample-workspaces/dashboard-customization/people.csv sample-workspaces/dashboard-customization/accounts.csv \
  sample-workspaces/dashboard-customization/events-web.csv.gz >/dev/null
# The desktop is what a person starts: where a display can be made (Xvfb), the archive is written by the
# desktop app itself opening the sample and showing its screens (bench desktop --class-archive), so the
# first window's JavaFX, GTK and chart classes are in it too; else by the command-line read alone.
if command -v xvfb-run >/dev/null 2>&1 \
    && timeout 600 xvfb-run -a "$APP/bin/Uptake" bench desktop "$TRAINING/ws" --class-archive "$ROOT/$APP/lib/app/uptake.jsa" \
       >"$TRAINING/desktop.txt" 2>&1 && [ -s "$APP/lib/app/uptake.jsa" ]; then
  echo "class data archive: trained by the desktop app ($(grep -m1 'launch to first window' "$TRAINING/desktop.txt" | tr -s ' '))"
else
  rm -f "$APP/lib/app/uptake.jsa"
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$ROOT/$APP/lib/app/uptake.jsa" \
    "$APP/bin/Uptake" adoption "$TRAINING/ws" --feature dashboard-customization >/dev/null 2>&1
  echo "class data archive: trained by a command-line read (no display for the desktop app)"
fi
cp "$TRAINING/desktop.txt" "$OUT/training-desktop.txt" 2>/dev/null || true
rm -rf "$TRAINING"
[ -s "$APP/lib/app/uptake.jsa" ] || { echo "the class data archive was not written" >&2; exit 1; }
# The JVM's own warnings (such as "Unable to use shared archive" once the image is moved: the archive holds
# the jar's path) go to stderr, never into a command's output or its --json.
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/uptake.jsa\njava-options=-Xlog:disable\njava-options=-Xlog:all=warning:stderr|' \
  "$APP/lib/app/Uptake.cfg"
echo "app-image: $APP (run $APP/bin/Uptake)"

if [[ " $* " == *" --deb "* ]]; then
  jpackage --type deb "${COMMON[@]}" --linux-shortcut --linux-menu-group Office --linux-app-category office \
    --description "Feature-adoption workbench for product and customer-success managers" \
    --file-associations packaging/linux/uptake-workspace.properties --license-file LICENSE 2>/dev/null \
    || jpackage --type deb "${COMMON[@]}" --linux-shortcut --linux-menu-group Office --linux-app-category office \
       --description "Feature-adoption workbench for product and customer-success managers" \
       --file-associations packaging/linux/uptake-workspace.properties
  ls -la "$OUT"/*.deb
fi

if [[ " $* " == *" --check "* ]]; then
  printed=$("$OUT/Uptake/bin/Uptake" --version)
  echo "packaged app: $printed"
  [[ "$printed" == *"$VERSION"* ]] || { echo "the packaged app did not print version $VERSION" >&2; exit 1; }
  # -Xshare:on refuses to start when the class data archive cannot be used, instead of quietly going without it.
  JAVA_TOOL_OPTIONS=-Xshare:on "$OUT/Uptake/bin/Uptake" --version >/dev/null 2>&1 \
    || { echo "the packaged app cannot use its class data archive (lib/app/uptake.jsa)" >&2; exit 1; }
fi
