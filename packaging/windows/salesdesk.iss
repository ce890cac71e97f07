; Inno Setup script of SalesDesk's Windows installer, over the folder `make bundle` (PyInstaller)
; built into dist\salesdesk\. Built by the "bundles" workflow on a hosted Windows runner:
;
;   iscc /DVersion=0.1.0 /DSource=dist\salesdesk /DOutput=dist packaging\windows\salesdesk.iss
;
; It installs for the current user by default (no administrator needed; Program Files when
; installed for everyone) and adds SalesDesk to the Start menu (and the desktop when asked).
; The command line is salesdesk-console.exe in the installation folder. The rep's data is never
; there: the database lives in %LOCALAPPDATA%\SalesDesk, which uninstalling leaves alone. The
; installer's own pages are in English (Inno Setup ships no Chinese); the app speaks all three.

#ifndef Version
  #error Give the version: iscc /DVersion=x.y.z
#endif
#ifndef Source
  #define Source "..\..\dist\salesdesk"
#endif
#ifndef Output
  #define Output "..\..\dist"
#endif

[Setup]
AppId={{6F1C2E0A-3B7D-4C59-9E2A-5D8B41C7A902}
AppName=SalesDesk
AppVersion={#Version}
AppPublisher=SalesDesk
AppComments=The desktop assistant for field sales
DefaultDirName={autopf}\SalesDesk
DefaultGroupName=SalesDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Output}
OutputBaseFilename=SalesDesk-{#Version}-windows-x64-setup
UninstallDisplayIcon={app}\salesdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SalesDesk"; Filename: "{app}\salesdesk.exe"
Name: "{autodesktop}\SalesDesk"; Filename: "{app}\salesdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\salesdesk.exe"; Description: "{cm:LaunchProgram,SalesDesk}"; Flags: nowait postinstall skipifsilent
