; Inno Setup 6.3+ script for ardesk: `iscc installer\windows\ardesk.iss` after PyInstaller built dist\ardesk\.
; Version: iscc /DAppVersion=0.2.0 installer\windows\ardesk.iss  (paths below are relative to this file)
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Keep AppId forever: Windows uses it to recognise upgrades and the uninstaller.
AppId={{8CF995D5-EF8F-4CEB-8E05-0417C8AEB6AF}
AppName=ardesk
AppVersion={#AppVersion}
AppVerName=ardesk {#AppVersion}
AppPublisher=ardesk
DefaultDirName={autopf}\ardesk
DefaultGroupName=ardesk
DisableProgramGroupPage=yes
; Per-user install by default (no admin rights needed); the dialog offers "all users" too.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\ardesk.ico
UninstallDisplayIcon={app}\ardesk.exe
OutputDir=..\..\dist
OutputBaseFilename=ardesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ardesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder, so files dropped by a newer build do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\ardesk"; Filename: "{app}\ardesk.exe"
Name: "{autodesktop}\ardesk"; Filename: "{app}\ardesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ardesk.exe"; Description: "{cm:LaunchProgram,ardesk}"; Flags: nowait postinstall skipifsilent

; The books (SQLite files in the user's data folder) are never touched by install or uninstall.
