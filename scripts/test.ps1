# The project's test command on Windows: set-up, ruff, mypy, pytest (SQLite), PostgreSQL if installed, acceptance cases.
# Extra arguments go to the first (SQLite) pytest run, e.g. `scripts\test.ps1 -x -k aging`.
$ErrorActionPreference = "Stop"
$PytestArgs = $args
Set-Location (Split-Path -Parent $PSScriptRoot)

# Acceptance cases beside the repo (read-only). all of them; space-separated list in $env:ACCEPTANCE narrows it
$Acceptance = if ($env:ACCEPTANCE) { $env:ACCEPTANCE -split " " } else { @("..\shared\acceptance") }
$PgPort = if ($env:ARDESK_PG_PORT) { $env:ARDESK_PG_PORT } else { "54329" }
$env:QT_QPA_PLATFORM = "offscreen"
Remove-Item Env:ARDESK_TEST_DATABASE_URL -ErrorAction SilentlyContinue
$script:summary = @()
$script:total = [Diagnostics.Stopwatch]::StartNew()
$script:pgData = $null
$script:pgBin = $null

function Show-Summary {
    Write-Host "`n== summary =="
    $script:summary | ForEach-Object { Write-Host $_ }
    Write-Host ("{0,-44} {1,6:N1}s" -f "total", $script:total.Elapsed.TotalSeconds)
}

function Stop-Pg {
    if (-not $script:pgData) { return }
    & "$script:pgBin\pg_ctl.exe" -D $script:pgData -m fast -w stop
    Remove-Item -Recurse -Force $script:pgData -ErrorAction SilentlyContinue
    $script:pgData = $null
}

function Stage([string]$Name, [scriptblock]$Body) {
    # Run, time and record one stage; any non-zero exit (pytest's 5, "no tests collected", too) stops the run.
    Write-Host "`n== $Name =="
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $global:LASTEXITCODE = 0
    try { & $Body; $rc = $LASTEXITCODE } catch { Write-Host $_; $rc = 1 }
    $verdict = switch ($rc) { 0 { "ok" } 5 { "FAILED (exit 5: no tests collected)" } default { "FAILED (exit $rc)" } }
    $script:summary += "{0,-44} {1,6:N1}s  {2}" -f $Name, $sw.Elapsed.TotalSeconds, $verdict
    if ($rc -ne 0) { Stop-Pg; Show-Summary; exit $rc }
}

function Find-PgBin {
    $cmd = Get-Command pg_ctl.exe -ErrorAction SilentlyContinue
    if ($cmd) { return Split-Path -Parent $cmd.Source }
    $dirs = Get-ChildItem "$env:ProgramFiles\PostgreSQL\*\bin\pg_ctl.exe" -ErrorAction SilentlyContinue |
        Sort-Object { [int]($_.Directory.Parent.Name -replace "\D.*$", "") } | Select-Object -Last 1
    if ($dirs) { return $dirs.DirectoryName }
    return $null
}

function Start-Pg {
    # Throwaway cluster as in scripts/pg.sh: trust auth, port $PgPort, role ardesk/ardesk, database ardesk_test.
    $script:pgData = Join-Path ([IO.Path]::GetTempPath()) ("ardesk-pg." + [IO.Path]::GetRandomFileName())
    & "$script:pgBin\initdb.exe" -D $script:pgData -U postgres -A trust -E UTF8 --no-locale --no-sync
    if ($LASTEXITCODE -ne 0) { return }
    $opts = "-p $PgPort -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    & "$script:pgBin\pg_ctl.exe" -D $script:pgData -l "$script:pgData\server.log" -w -t 30 -o $opts start
    if ($LASTEXITCODE -ne 0) { Get-Content "$script:pgData\server.log" -Tail 20; return }
    & "$script:pgBin\psql.exe" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PgPort -U postgres -d postgres -qc `
        "CREATE ROLE ardesk LOGIN CREATEDB PASSWORD 'ardesk'"
    if ($LASTEXITCODE -ne 0) { return }
    & "$script:pgBin\createdb.exe" -h 127.0.0.1 -p $PgPort -U postgres -O ardesk ardesk_test
}

try {
    Stage "setup" { & .\scripts\setup.ps1 }
    Stage "ruff check" { & .venv\Scripts\ruff.exe check . }
    Stage "ruff format --check" { & .venv\Scripts\ruff.exe format --check . }
    Stage "mypy ardesk" { & .venv\Scripts\mypy.exe ardesk }
    Stage "pytest tests (SQLite)" { & .venv\Scripts\pytest.exe tests @PytestArgs }
    $script:pgBin = Find-PgBin
    if ($script:pgBin) {
        Stage "postgres start" { Start-Pg }
        $env:ARDESK_TEST_DATABASE_URL = "postgresql+psycopg://ardesk:ardesk@127.0.0.1:$PgPort/ardesk_test"
        Stage "pytest tests -m 'not gui' (PostgreSQL)" { & .venv\Scripts\pytest.exe tests -m "not gui" }
        Remove-Item Env:ARDESK_TEST_DATABASE_URL
        Stage "postgres stop" { Stop-Pg }
    } else {
        $script:summary += "{0,-44} {1,6}   {2}" -f "PostgreSQL stages", "", "SKIPPED (no pg_ctl.exe found)"
    }
    $env:PYTHONDONTWRITEBYTECODE = "1"
    Stage "acceptance ($($Acceptance -join ' '))" { & .venv\Scripts\pytest.exe -p no:cacheprovider @Acceptance }
    Remove-Item Env:PYTHONDONTWRITEBYTECODE
} finally {
    Stop-Pg
}
Show-Summary
exit 0
