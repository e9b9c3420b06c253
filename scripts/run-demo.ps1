# Set up (if needed) and start ardesk with the demo book on Windows; extra arguments go to the app.
$ErrorActionPreference = "Stop"
& (Join-Path $PSScriptRoot "setup.ps1")
Set-Location (Split-Path -Parent $PSScriptRoot)
& .venv\Scripts\ardesk.exe --demo @args
exit $LASTEXITCODE
