#!/usr/bin/env bash
# Regenerates the README's screenshots from the real app: builds the sample workspace through the
# importers (as `uptake import` does), runs the desktop app under Xvfb, visits each screen with its
# keyboard shortcut and captures the screen. Nothing of the user's is touched: preferences, config and
# logs go to a temporary folder.
#
#   scripts/screenshots.sh [WIDTHxHEIGHT] [OUT_DIR] [light|dark]    (default 1280x800 docs/screenshots light)
#
# Needs Debian's xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick), and a JDK.
# Set UPTAKE_SHOT_WAIT (seconds per screen, default 20) higher on a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=${1:-1280x800}
OUT=${2:-docs/screenshots}
THEME=${3:-light}
WAIT=${UPTAKE_SHOT_WAIT:-20}
for tool in xvfb-run xdotool import java; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The compiled app and its runtime classpath: no shaded jar needed.
./mvnw -B -q ${MAVEN_OFFLINE:--o} compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=runtime
CP="$PWD/target/classes:$(cat "$WORK/classpath")"
JAVA_OPTS=(-Duptake.configDir="$WORK/config" -Djava.util.prefs.userRoot="$WORK/prefs" -Duser.home="$WORK/home")
uptake() { java "${JAVA_OPTS[@]}" -cp "$CP" org.uptake.app.Main "$@"; }

WS="$WORK/Dashboard sample"
FEATURE=dashboard-customization
uptake init "$WS" >/dev/null
uptake import "$WS" sample-workspaces/dashboard-customization >/dev/null
# What the tour does by hand before each screen is looked at: drafts written, onboarding written.
uptake outreach "$WS" --feature "$FEATURE" drafts >/dev/null
uptake onboarding "$WS" --feature "$FEATURE" generate >/dev/null

cat > "$WORK/shoot.sh" <<INNER
set -euo pipefail
java ${JAVA_OPTS[*]} -cp "$CP" org.uptake.app.Main "$WS" > "$WORK/app.log" 2>&1 &
app=\$!
for i in \$(seq 1 180); do
  win=\$(xdotool search --name "Uptake" 2>/dev/null | head -1 || true)
  [ -n "\$win" ] && break
  sleep 1
done
[ -n "\$win" ] || { echo "screenshots.sh: the app's window never showed; see its log:" >&2; cat "$WORK/app.log" >&2; exit 1; }
xdotool windowmove "\$win" 0 0 windowsize "\$win" ${SIZE%x*} ${SIZE#*x}
xdotool windowfocus --sync "\$win" || true
sleep $WAIT
if [ "$THEME" = dark ]; then
  xdotool windowfocus "\$win" 2>/dev/null || true
  xdotool key ctrl+shift+d   # View → Dark theme, as a user switches it
  sleep 2
fi
shot() {
  xdotool windowfocus "\$win" 2>/dev/null || true
  xdotool key "\$1"
  sleep $WAIT
  import -window root "$OUT/\$2.png"
  echo "  \$2.png"
}
# A first pass starts each screen's analysis; the second captures them finished (each screen keeps its result).
for key in ctrl+3 ctrl+4 ctrl+5 ctrl+6 ctrl+7 ctrl+8 ctrl+9 ctrl+0; do
  xdotool windowfocus "\$win" 2>/dev/null || true
  xdotool key "\$key"
  sleep $WAIT
done
shot ctrl+1 overview
shot ctrl+3 adoption
shot ctrl+4 struggles
shot ctrl+5 outreach
shot ctrl+6 onboarding
shot ctrl+7 impact
shot ctrl+8 portfolio
shot ctrl+9 accounts
shot ctrl+0 alerts
kill \$app
INNER
echo "Screenshots at $SIZE into $OUT:"
xvfb-run -a -s "-screen 0 ${SIZE}x24" bash "$WORK/shoot.sh"
