; Inno Setup script for the Windows installer (built by .github/workflows/release.yml):
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=dist\Tightrope /DOutputDir=dist packaging\windows\tightrope.iss
; Installs per user (no administrator rights: workshop laptops are often borrowed), adds a Start
; menu entry for the shop, and leaves the user's data folder alone on uninstall (removing it is
; the app's own "Erase everything" or the steps in docs/install.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1B3E4A-2F0D-4E51-9A7B-7A1C2D3E4F50}
AppName=Tightrope
AppVersion={#AppVersion}
AppPublisher=Tightrope
DefaultDirName={localappdata}\Programs\Tightrope
DefaultGroupName=Tightrope
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename=Tightrope-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\Tightrope.exe

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Tightrope"; Filename: "{app}\Tightrope.exe"
Name: "{group}\Uninstall Tightrope"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\Tightrope.exe"; Description: "Open Tightrope"; Flags: nowait postinstall skipifsilent
