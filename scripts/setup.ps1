# Idempotent set-up on Windows: .venv with Python >= 3.11 and ardesk installed editable with test+pg extras.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Find-Python {
    # The py launcher first (3.11 is what CI tests), then whatever "python" is on PATH.
    $ErrorActionPreference = "Continue"
    foreach ($cand in @(@("py", "-3.11"), @("py", "-3.12"), @("py", "-3.13"), @("python"))) {
        if (-not (Get-Command $cand[0] -ErrorAction SilentlyContinue)) { continue }
        $rest = @($cand | Select-Object -Skip 1)
        & $cand[0] @rest -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>$null | Out-Null
        if ($LASTEXITCODE -eq 0) { return ,$cand }
    }
    throw "setup: need Python >= 3.11 (python.org installer, or: winget install Python.Python.3.11)"
}

if (-not (Test-Path .venv\Scripts\python.exe)) {
    $py = Find-Python
    Write-Host "setup: creating .venv with $($py -join ' ')"
    $rest = @($py | Select-Object -Skip 1)
    & $py[0] @rest -m venv .venv
    if ($LASTEXITCODE -ne 0) { throw "setup: python -m venv failed" }
}

# Re-install only when pyproject.toml is newer than the stamp left by the last install.
$stamp = ".venv\.ardesk-installed"
if (-not (Test-Path $stamp) -or (Get-Item pyproject.toml).LastWriteTime -gt (Get-Item $stamp).LastWriteTime) {
    Write-Host "setup: pip install -e .[test,pg]"
    & .venv\Scripts\python.exe -m pip install --quiet -e ".[test,pg]"
    if ($LASTEXITCODE -ne 0) { throw "setup: pip install failed" }
    New-Item -ItemType File -Force $stamp | Out-Null
}
