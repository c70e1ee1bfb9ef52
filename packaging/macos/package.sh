#!/usr/bin/env bash
# Builds the macOS disk image (dmg) with jpackage. Run on a Mac with JDK 17+ (Xcode command-line
# tools for codesign; sign and notarize with --mac-sign and your Developer ID for distribution).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/uptake.jar ] || ./mvnw -B -q package -DskipTests
VERSION=$(unzip -p target/uptake.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
OUT=target/package
rm -rf "$OUT" && mkdir -p "$OUT/input/sample-workspaces"
cp target/uptake.jar "$OUT/input/"
cp -r sample-workspaces/dashboard-customization "$OUT/input/sample-workspaces/"
jlink --add-modules "$(tr -d ' \n' < packaging/runtime-modules.txt)" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$OUT/runtime"
# jpackage wants an .icns on macOS: make one from packaging/icons/uptake.png with iconutil (see README).
jpackage --type dmg --name Uptake --app-version "$VERSION" --vendor Uptake --input "$OUT/input" --main-jar uptake.jar \
  --main-class org.uptake.app.Main --runtime-image "$OUT/runtime" --icon packaging/icons/uptake.icns \
  --mac-package-identifier org.uptake.Uptake --java-options "-Xmx2g" \
  --file-associations packaging/macos/uptake-workspace.properties --dest "$OUT"
"$OUT/Uptake.app/Contents/MacOS/Uptake" --version || true
