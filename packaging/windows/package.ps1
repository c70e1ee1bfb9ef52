# Builds the Windows installer (MSI) with jpackage. Run on Windows with JDK 17+ and the WiX Toolset 3
# (candle.exe and light.exe on PATH): powershell -File packaging\windows\package.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path target\uptake.jar)) { .\mvnw.cmd -B -q package -DskipTests }
$version = (Select-String -Path pom.xml -Pattern '<version>([0-9.]+)</version>' | Select-Object -First 1).Matches.Groups[1].Value
Remove-Item -Recurse -Force target\package -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\package\input\sample-workspaces | Out-Null
Copy-Item target\uptake.jar target\package\input\
Copy-Item -Recurse sample-workspaces\dashboard-customization target\package\input\sample-workspaces\
$modules = (Get-Content packaging\runtime-modules.txt -Raw).Trim()
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --output target\package\runtime
# jpackage wants an .ico on Windows: convert packaging\icons\uptake.png once (e.g. with ImageMagick) to uptake.ico.
jpackage --type msi --name Uptake --app-version $version --vendor Uptake --input target\package\input --main-jar uptake.jar `
  --main-class org.uptake.app.Main --runtime-image target\package\runtime --icon packaging\icons\uptake.ico `
  --win-menu --win-shortcut --win-dir-chooser --java-options "-Xmx2g" `
  --file-associations packaging\windows\uptake-workspace.properties --dest target\package
& target\package\Uptake\Uptake.exe --version
