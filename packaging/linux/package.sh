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
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"

COMMON=(--name Uptake --app-version "$VERSION" --vendor "Uptake" --input "$OUT/input" --main-jar uptake.jar
  --main-class org.uptake.app.Main --runtime-image "$OUT/runtime" --icon packaging/icons/uptake.png
  --java-options "-Xmx2g" --java-options "-Djava.awt.headless=false" --dest "$OUT")
jpackage --type app-image "${COMMON[@]}"
echo "app-image: $OUT/Uptake (run $OUT/Uptake/bin/Uptake)"

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
fi
