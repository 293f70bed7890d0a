; Inno Setup 6 script: per-user installer of Inspector Desk for Windows 10/11 x64.
;
; Built by packaging/build.py on Windows when ISCC.exe is found; by hand, after build.py has
; made dist\inspector-desk\ (run from the repository root):
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\inspector-desk.iss
;
; Result: dist\inspector-desk-<version>-windows-x64-setup.exe
;
; * Per user, no administrator rights: the program goes to
;   %LOCALAPPDATA%\Programs\Inspector Desk (PrivilegesRequired=lowest); the data folder is
;   %LOCALAPPDATA%\InspectorDesk and is never touched by install, update or uninstall.
; * Silent:  setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\idesk-setup.log"
;   Optional: /DIR="..."  /TASKS="desktopicon"  /ENROLMENT="\\server\share\idesk-xxxx.idenrol"
;   Run it as the inspector (the user context of the deployment tool), not as SYSTEM.
; * /ENROLMENT=FILE copies an enrolment file from headquarters into
;   %LOCALAPPDATA%\InspectorDesk\enrolment\ (see docs/deployment.md for what it is good for).
; * Updating = running a newer setup over the old one (same AppId): the program folder is
;   replaced; the data stays, and the program migrates it forward at the next unlock.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef RepoRoot
  #define RepoRoot "..\.."
#endif
#ifndef SourceDir
  #define SourceDir RepoRoot + "\dist\inspector-desk"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif

[Setup]
AppId={{5499EFBA-98B1-47B2-8839-2B429CB9B99E}
AppName=Inspector Desk
AppVersion={#AppVersion}
AppVerName=Inspector Desk {#AppVersion}
AppPublisher=Inspector Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Inspector Desk
DefaultDirName={localappdata}\Programs\Inspector Desk
DefaultGroupName=Inspector Desk
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=inspector-desk-{#AppVersion}-windows-x64-setup
SetupIconFile={#RepoRoot}\packaging\icons\inspector-desk.ico
UninstallDisplayIcon={app}\InspectorDesk.exe
UninstallDisplayName=Inspector Desk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update must not leave libraries of the previous version behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{param:ENROLMENT|}"; DestDir: "{localappdata}\InspectorDesk\enrolment"; Flags: external ignoreversion uninsneveruninstall; Check: HasEnrolment

[Icons]
Name: "{autoprograms}\Inspector Desk"; Filename: "{app}\InspectorDesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Inspector Desk"; Filename: "{app}\InspectorDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\InspectorDesk.exe"; Description: "{cm:LaunchProgram,Inspector Desk}"; Flags: nowait postinstall skipifsilent

[Code]
function HasEnrolment: Boolean;
begin
  Result := ExpandConstant('{param:ENROLMENT|}') <> '';
end;

function InitializeSetup: Boolean;
var
  Enrolment: String;
begin
  Result := True;
  Enrolment := ExpandConstant('{param:ENROLMENT|}');
  if (Enrolment <> '') and not FileExists(Enrolment) then
  begin
    Log('The enrolment file given with /ENROLMENT does not exist: ' + Enrolment);
    SuppressibleMsgBox('The enrolment file does not exist:' #13#10 + Enrolment, mbError, MB_OK, IDOK);
    Result := False;
  end;
end;
