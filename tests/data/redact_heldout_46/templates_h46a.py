"""Templates A: Windows administration, mobile app builds, game servers (set 46)."""

TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


@T
def chocolatey_feed_push_ps1(g):
    ticket = g.num(1200, 9800)
    feed = g.IPu('feed_host_ip')
    smtp = g.ip4('smtp_relay_ip')
    timeout = g.pick([600, 900, 1800])
    text = f"""# push-internal-packages.ps1 - republishes the packaging team's .nupkg files to the internal
# Chocolatey feed. Runs on BUILD-WIN-{g.num(2, 19):02d} from Task Scheduler (ticket OPS-{ticket}).
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'

$feed      = 'https://{feed}:8443/chocolatey/'
$apiKey    = '{g.key('chocolatey_api_key', g.pick(['uuid', 'alnum32', 'hex40']))}'
$proxyUser = 'svc-choco'
$proxyPass = '{g.pw('proxy_password', 'quoted')}'

choco source add -n=internal -s="$feed" -u="packager" -p="{g.pw('feed_source_password', 'quoted')}" --priority=1
choco apikey --key="$apiKey" --source="$feed"
choco config set --name=proxy --value="http://{g.private_ip()}:3128"
choco config set --name=proxyUser --value=$proxyUser
choco config set --name=proxyPassword --value=$proxyPass

Get-ChildItem .\\out\\*.nupkg | ForEach-Object {{
    Write-Host "pushing $($_.Name)"
    choco push $_.FullName --source="$feed" --api-key="$apiKey" --timeout={timeout}
}}

# chocolateyInstall.ps1 of the agent package pins checksum64 = '{g.sha256()}'
# (package version {g.version()}, built from commit {g.short_sha()})
Send-MailMessage -From '{g.email('mail_from')}' -To '{g.email('mail_to')}' `
    -Subject "Internal feed updated ($env:COMPUTERNAME)" -SmtpServer '{smtp}' -Port 25
"""
    return 'powershell', 'build/push-internal-packages.ps1', text


@T
def boxstarter_workstation_ps1(g):
    ssid = g.pick(['LAB-STAFF', 'Studio-5G', 'WH-Floor2', 'Clinic-Admin'])
    dom = g.pick(['corp.lan', 'ad.studio.lan', 'office.internal'])
    text = f"""# Boxstarter package for new design workstations (run from \\\\deploy01\\boxstarter\\designer.ps1)
# Reboots are handled by Boxstarter; the autologon account below is removed in the last step.
$Boxstarter.RebootOk = $true
$Boxstarter.AutoLogin = $true

$autoUser = 'setup-local'
$autoPass = ConvertTo-SecureString '{g.pw('autologon_password', 'quoted')}' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($autoUser, $autoPass)

Disable-UAC
Set-WindowsExplorerOptions -EnableShowFileExtensions
cinst -y 7zip.install notepadplusplus scribus --cacheLocation C:\\BoxCache

# join the domain; the joiner account can only create computer objects in OU=Workstations
$joinPass = ConvertTo-SecureString "{g.pw('domain_join_password', 'quoted')}" -AsPlainText -Force
$joinCred = New-Object PSCredential('{dom.split('.')[0].upper()}\\svc-join', $joinPass)
Add-Computer -DomainName {dom} -Server {g.private_ip()} -Credential $joinCred -OUPath 'OU=Workstations,DC={dom.split('.')[0]},DC=lan'

# staff Wi-Fi profile
$profileXml = @"
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>{ssid}</name>
  <MSM><security><sharedKey><keyType>passPhrase</keyType><protected>false</protected>
    <keyMaterial>{g.pw('wifi_psk', 'xml')}</keyMaterial></sharedKey></security></MSM>
</WLANProfile>
"@
$profileXml | Out-File "$env:TEMP\\wlan.xml" -Encoding utf8
netsh wlan add profile filename="$env:TEMP\\wlan.xml" user=all

# licence server for the colour tools (port 27000), fallback {g.link_local_ip()} when offline
[Environment]::SetEnvironmentVariable('COLOR_LICENSE_SERVER', '27000@{g.ip4('license_server_ip')}', 'Machine')
Write-Host "Machine SID prefix {g.LK('windows_sid', f'S-1-5-21-{g.num(1000000000, 3999999999)}-{g.num(1000000000, 3999999999)}-{g.num(100000000, 3999999999)}')}"
Write-Host "Report problems to {g.email('helpdesk_email')}"
"""
    return 'powershell', 'boxstarter/designer.ps1', text


@T
def pswindowsupdate_patch_report_ps1(g):
    hour = g.num(1, 4)
    text = f"""<#
  Patch-Servers.ps1 - monthly patch run with PSWindowsUpdate
  Registers itself as a scheduled task the first time it is run with -Register.
#>
param([switch]$Register)

if ($Register) {{
    schtasks.exe /Create /TN "PatchRun" /SC MONTHLY /MO SECOND /D TUE /ST 0{hour}:30 `
        /TR "powershell.exe -File C:\\Ops\\Patch-Servers.ps1" /RU "OPS\\svc-patch" /RP "{g.pw('task_run_password', 'quoted')}" /RL HIGHEST
    return
}}

Import-Module PSWindowsUpdate
$settings = @{{
    SmtpServer = '{g.ip4('smtp_server_ip')}'
    Port       = 587
    EnableSsl  = $true
    From       = '{g.email('report_from')}'
    To         = '{g.email('report_to')}'
    Credential = New-Object PSCredential('{g.email('smtp_login')}', (ConvertTo-SecureString '{g.pw('smtp_password', 'quoted')}' -AsPlainText -Force))
}}

$targets = @('{g.private_ip()}', '{g.private_ip()}', 'FS-02', 'PRINT-01')
foreach ($t in $targets) {{
    Invoke-WUJob -ComputerName $t -Script {{ Install-WindowsUpdate -AcceptAll -AutoReboot }} -Confirm:$false -RunNow
}}
Get-WUHistory -Last 20 | Format-Table ComputerName, Date, KB, Result
Get-WindowsUpdate -SendReport -PSWUSettings $settings -Verbose
# Update source: WSUS at http://{g.ip4('wsus_ip')}:8530 (module {g.version()})
"""
    return 'powershell', 'ops/Patch-Servers.ps1', text


@T
def sysprep_unattend_xml(g):
    org = g.pick(['Harbourside Dental', 'Northgate Library', 'Cerro Alto Municipality', 'Vinter Freight'])
    blob = g.b64enc(g.pw_raw('xml') + 'AdministratorPassword', 'utf-16-le')
    pkt = 'publicKeyToken="' + g.LK('public_key_token', '31bf3856ad364e35') + '"'
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- unattend.xml for the {org} reference image, build {g.version()} -->
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="specialize">
    <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" {pkt} language="neutral" versionScope="nonSxS">
      <Identification>
        <Credentials>
          <Domain>branch.lan</Domain>
          <Username>svc-imagejoin</Username>
          <Password>{g.pw('join_password', 'xml')}</Password>
        </Credentials>
        <JoinDomain>branch.lan</JoinDomain>
      </Identification>
    </component>
    <component name="Microsoft-Windows-TCPIP" processorArchitecture="amd64" {pkt} language="neutral" versionScope="nonSxS">
      <Interfaces><Interface wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
        <Identifier>Ethernet</Identifier>
        <UnicastIpAddresses><IpAddress wcm:action="add" wcm:keyValue="1">{g.private_ip()}/24</IpAddress></UnicastIpAddresses>
      </Interface></Interfaces>
    </component>
  </settings>
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" {pkt} language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>{g.key('admin_password_b64', raw=blob)}</Value>
          <PlainText>false</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Enabled>true</Enabled>
        <LogonCount>2</LogonCount>
        <Username>imaging</Username>
        <Password><Value>{g.pw('autologon_password', 'xml')}</Value><PlainText>true</PlainText></Password>
      </AutoLogon>
      <RegisteredOrganization>{org}</RegisteredOrganization>
      <RegisteredOwner>{g.email('registered_owner_email')}</RegisteredOwner>
      <FirstLogonCommands>
        <SynchronousCommand wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
          <Order>1</Order>
          <CommandLine>cmd /c net use Z: \\\\{g.ip4('deploy_share_ip')}\\drivers /user:deploy {g.pw('share_password', 'shell')}</CommandLine>
        </SynchronousCommand>
      </FirstLogonCommands>
    </component>
  </settings>
</unattend>
"""
    return 'xml', 'Panther/unattend.xml', text


@T
def lansweeper_credential_import_csv(g):
    text = f"""Type,Name,Username,Password,Domain/Community,Notes
Windows,DOMAIN-SCAN,svc-lsscan,{g.pw('windows_scan_password', 'csv')},CORP,scans OU=Servers and OU=Clients
Linux SSH,SSH-DMZ,lsscan,{g.pw('ssh_scan_password', 'csv')},,bastion {g.ip4('bastion_ip')} then {g.private_ip()}
SNMPv2,SNMP-CORE,,,{g.key('snmp_community', g.pick(['alnum24', 'lower32']))},core switches; default public disabled
SNMPv3,SNMPv3-EDGE,lsv3,{g.pw('snmpv3_auth_password', 'csv')},SHA/AES,privacy key below
SNMPv3 privacy,SNMPv3-EDGE-PRIV,lsv3,{g.key('snmpv3_priv_key', 'hex32')},,
SSH,NAS-CLUSTER,{g.email('nas_login_email')},{g.pw('nas_password', 'csv')},,nas management at {g.ip('nas_ip')}
Windows,LOCAL-ADMIN,.\\Administrator,{g.LK('default_password', 'Passw0rd')},,sample row from the import template - do not use
IPMI,BMC-RACK4,ADMIN,{g.pw('ipmi_password', 'csv')},,range {g.private_ip()}-{g.num(20, 60)} netmask {g.netmask()}
"""
    return 'csv', 'exports/lansweeper-credentials.csv', text


@T
def realmd_adcli_join_transcript(g):
    realm = g.pick(['AD.NORTHWIND.LAN', 'CORP.HILLTOP.LAN', 'DOM.RIVERBANK.LAN'])
    host = g.pick(['lnx-app04', 'db-reporting', 'files-east'])
    text = f"""admin@{host}:~$ sudo realm discover {realm.lower()}
{realm.lower()}
  type: kerberos
  realm-name: {realm}
  domain-name: {realm.lower()}
  configured: no
  server-software: active-directory
  client-software: sssd
admin@{host}:~$ echo '{g.pw('join_password', 'shell')}' | sudo realm join --user=svc-linuxjoin {realm.lower()} --computer-ou="OU=Linux,OU=Servers"
admin@{host}:~$ sudo adcli testjoin
Successfully validated join to domain {realm.lower()}
admin@{host}:~$ sudo adcli update --login-ccache --computer-password-lifetime=30
admin@{host}:~$ grep -E 'ad_server|krb5_realm' /etc/sssd/sssd.conf
ad_server = {g.private_ip()}, {g.ip4('remote_dc_ip')}
krb5_realm = {realm}
admin@{host}:~$ sudo net ads join -U 'svc-linuxjoin%{g.pw('net_ads_password', 'shell')}' -S {g.ip('dc_ip')}
Using short domain name -- {realm.split('.')[1]}
Joined '{host.upper()}' to dns domain '{realm.lower()}'
admin@{host}:~$ klist -k /etc/krb5.keytab | head -3
Keytab name: FILE:/etc/krb5.keytab
KVNO Principal
   2 {host.upper()}$@{realm}
admin@{host}:~$ # ticket for the change log: joined {g.timestamp(sep=' ', z='')} by {g.email('operator_email')}
"""
    return 'text', f'notes/{host}-join.txt', text


@T
def univention_udm_transcript(g):
    first, last = g.first(), g.last()
    uname = (first[0] + last).lower()
    relay = g.ip4('mail_relay_ip')
    text = f"""root@ucs-primary:~# ucr set mail/relayhost={relay} mail/relayauth=yes
Setting mail/relayhost
Setting mail/relayauth
root@ucs-primary:~# echo '{relay} relaymail:{g.pw('relay_password', 'plain')}' > /etc/postfix/smtp_auth
root@ucs-primary:~# udm users/user create --position "cn=users,$(ucr get ldap/base)" \\
>   --set username={uname} --set firstname="{first}" --set lastname="{last}" \\
>   --set password='{g.pw('user_initial_password', 'shell')}' --set pwdChangeNextLogin=1 \\
>   --set mailPrimaryAddress={g.email('mail_primary_address', first=first, last=last)} \\
>   --set mailAlternativeAddress={g.reserved_email()}
Object created: uid={uname},cn=users,dc=school,dc=lan
root@ucs-primary:~# udm users/user list --filter uid={uname} | grep -E 'userPassword|sambaNTPassword|entryUUID'
  userPassword: {g.hashed_pw('sha512crypt')}
  entryUUID: {g.uuid('entry_uuid')}
root@ucs-primary:~# univention-app configure owncloud --set OWNCLOUD_LDAP_BIND_PW='{g.pw('ldap_bind_password', 'shell')}'
root@ucs-primary:~# ucr get ldap/master/ip ldap/server/ip
{g.private_ip()}
{g.ip('ldap_server_ip')}
root@ucs-primary:~# cat /etc/machine.secret
{g.key('machine_secret', 'alnum24')}
root@ucs-primary:~# ucr get version/version version/patchlevel
{g.version(f'{g.num(4, 5)}.{g.num(0, 4)}')}
{g.num(1, 9)}
"""
    return 'text', 'transcripts/ucs-primary-onboarding.txt', text


@T
def cocoapods_podfile(g):
    team = g.upper(10)
    text = f"""# Podfile - FieldNotes iOS app
platform :ios, '{g.num(13, 16)}.0'
source 'https://cdn.cocoapods.org/'
# private spec repo; the deploy token is read-only (rotate every quarter)
source 'https://pods-ci:{g.key('spec_repo_token', g.pick(['alnum40', 'hex40']))}@git.fieldnotes-app.io/ios/Specs.git'

use_frameworks!
inhibit_all_warnings!

target 'FieldNotes' do
  pod 'SnapKit', '~> {g.version()}'
  pod 'FNCore', :git => 'https://git.fieldnotes-app.io/ios/fncore.git', :commit => '{g.sha1()}'
  pod 'FNSync', :path => '../fnsync'

  target 'FieldNotesTests' do
    inherit! :search_paths
  end
end

post_install do |installer|
  installer.pods_project.targets.each do |t|
    t.build_configurations.each do |config|
      config.build_settings['DEVELOPMENT_TEAM'] = '{g.LK('team_id', team)}'
      config.build_settings['FN_SYNC_HOST'] = '{g.ip4('sync_host_ip')}'
    end
  end
  # symbols upload for the crash reporter (Crashlytics-compatible endpoint)
  system("Pods/FNCrash/upload-symbols -ak {g.key('crash_upload_key', 'hex32')} -p ios build/dSYMs")
end

# maintainer: {g.email('maintainer_email')}  (bundle id {g.LK('bundle_id', 'io.fieldnotes-app.' + g.pick(['ios', 'mobile', 'beta']))})
"""
    return 'ruby', 'ios/Podfile', text


@T
def carthage_cartfile_netrc(g):
    text = f"""== Cartfile ==
binary "https://artifacts.tidepool-maps.net/carthage/MapKitExtras.json?token={g.key('binary_feed_token', 'b64url43')}" ~> {g.version()}
git "https://git.tidepool-maps.net/ios/TPGeometry.git" "{g.sha1()}"
git "https://git.tidepool-maps.net/ios/TPNetworking.git" ~> {g.version()}

== Cartfile.resolved (excerpt) ==
binary "https://artifacts.tidepool-maps.net/carthage/MapKitExtras.json" "{g.version()}"
git "https://git.tidepool-maps.net/ios/TPGeometry.git" "{g.sha1()}"

== ~/.netrc on the build Mac (mode 600) ==
machine git.tidepool-maps.net
  login {g.email('git_login_email')}
  password {g.pw('git_password', 'plain')}
machine artifacts.tidepool-maps.net login ci-reader password {g.pw('artifacts_password', 'plain')}

== build-carthage.sh ==
#!/bin/sh
export CARTHAGE_CACHE_HOST={g.ip4('cache_host_ip')}
export TP_MAPS_SDK_KEY={g.key('maps_sdk_key', g.pick(['alnum32', 'hex40']))}
carthage bootstrap --use-xcframeworks --platform iOS --cache-builds
# notarize with the shared app-specific password of {g.email('notary_apple_id')}
xcrun notarytool submit build/TPGeo.zip --apple-id "$NOTARY_ID" --password "{g.pw('app_specific_password', 'shell', raw=g.lower(4) + '-' + g.lower(4) + '-' + g.lower(4) + '-' + g.lower(4))}" --team-id {g.LK('team_id', g.upper(10))}
"""
    return 'text', 'ios/CARTHAGE-SETUP.txt', text


@T
def detox_e2e_config_js(g):
    text = f"""/** .detoxrc.js - end-to-end tests for the courier app (Android emulator + iOS simulator) */
/* eslint-disable */
const testAccounts = {{
  courier: {{ email: '{g.email('courier_test_email')}', password: '{g.pw('courier_test_password', 'quoted')}' }},
  dispatcher: {{ email: '{g.email('dispatcher_test_email')}', password: '{g.pw('dispatcher_test_password', 'quoted')}' }},
  // never logs in: only used for the "wrong password" screen
  ghost: {{ email: '{g.reserved_email()}', password: '{g.LK('placeholder', 'not-a-real-password')}' }},
}};

module.exports = {{
  testRunner: {{ args: {{ $0: 'jest', config: 'e2e/jest.config.js' }}, jest: {{ setupTimeout: 120000 }} }},
  apps: {{
    'android.debug': {{
      type: 'android.apk',
      binaryPath: 'android/app/build/outputs/apk/debug/app-debug.apk',
      build: 'cd android && ./gradlew assembleDebug assembleAndroidTest -DtestBuildType=debug',
    }},
  }},
  devices: {{ emulator: {{ type: 'android.emulator', device: {{ avdName: 'Pixel_6_API_34' }} }} }},
  configurations: {{ 'android.emu.debug': {{ device: 'emulator', app: 'android.debug' }} }},
  behavior: {{ init: {{ exposeGlobals: true }} }},
  // staging API the tests talk to; the emulator reaches the host at {g.LK('private_ip', '10.0.2.2')}
  env: {{
    API_BASE: 'https://{g.IPu('staging_api_ip')}:8443/v2',
    MAPS_KEY: '{g.key('maps_api_key', g.pick(['alnum40', 'b64url43']))}',
    TELEMETRY_URL: 'https://telemetry.courier-hub.io/api/{g.num(10, 99)}/envelope/?key={g.key('telemetry_ingest_key', 'hex32')}',
    BUILD_SHA: '{g.short_sha()}',
  }},
  testAccounts,
}};
"""
    return 'javascript', 'mobile/.detoxrc.js', text


@T
def papermc_server_properties(g):
    text = f"""#Minecraft server properties
#{g.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {g.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} {g.num(1, 28):02d} {g.num(0, 23):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d} UTC 20{g.num(23, 26)}
enable-jmx-monitoring=false
rcon.port=25575
level-seed={g.num(-9000000000000000000, 9000000000000000000)}
gamemode=survival
enable-command-block=false
enable-query=true
query.port=25565
motd=\\u00a7bWillowmere SMP \\u00a77| season {g.num(3, 9)}
rcon.password={g.pw('rcon_password', 'ini')}
enable-rcon=true
server-ip={g.ip('server_bind_ip', v6=0.3)}
resource-pack=https\\://packs.willowmere.net/season.zip
resource-pack-sha1={g.sha1()}
max-players={g.pick([20, 40, 60])}
online-mode=false
network-compression-threshold=256
white-list=true
view-distance=10
# PaperMC: the proxy section of config/paper-global.yml must carry the same forwarding secret as the proxy
# forwarding.secret={g.key('forwarding_secret', g.pick(['alnum24', 'alnum32']))}
# owner contact: {g.email('owner_email')}
"""
    return 'properties', 'server/server.properties', text


@T
def luckperms_config_yml(g):
    text = f"""####################################################################################################
# LuckPerms configuration (network: emberfall)                                                   #
####################################################################################################
server: {g.pick(['lobby', 'survival', 'creative'])}
use-server-uuid-cache: false

storage-method: mariadb
data:
  address: {g.ip4('db_host_ip')}:3306
  database: luckperms
  username: lp_{g.pick(['lobby', 'net', 'main'])}
  password: '{g.pw('db_password', 'yaml')}'
  pool-settings:
    maximum-pool-size: 10
    minimum-idle: 10
  table-prefix: 'luckperms_'

messaging-service: redis
redis:
  enabled: true
  address: {g.ip4('redis_host_ip')}:6379
  username: ''
  password: {g.pw('redis_password', 'yaml')}

rabbitmq:
  enabled: false
  address: {g.loopback_ip()}
  vhost: '/'
  username: 'guest'
  password: {g.LK('default_password', 'guest')}

sync-minutes: -1
watch-files: true
# web editor bytebin mirror (self-hosted): https://{g.IPu('bytebin_ip')}/
web-editor-url: 'https://perms.emberfall.gg/'
# questions: {g.email('admin_email')}
"""
    return 'yaml', 'plugins/LuckPerms/config.yml', text


@T
def discordsrv_config_yml(g):
    bot_id = str(g.num(700000000000000000, 1199999999999999999))
    tok = g.b64enc(bot_id).rstrip('=') + '.' + g.b64url(6) + '.' + g.b64url(38)
    chan = g.num(700000000000000000, 1199999999999999999)
    text = f"""# DiscordSRV config.yml (trimmed)
ConfigVersion: {g.version()}

# Bot token from the developer portal. Treat like a password.
BotToken: "{g.key('bot_token', raw=tok)}"

Channels: {{"global": "{g.LK('channel_id', str(chan))}"}}
DiscordConsoleChannelId: "{g.LK('channel_id', str(chan + g.num(1, 999)))}"

Experiment_WebhookChatMessageDelivery: true
Experiment_WebhookChatMessageUsernameFormat: "%displayname%"
# the relay webhook (used by the staff channel bridge)
StaffRelayWebhook: "https://discord.com/api/webhooks/{g.LK('webhook_id', str(g.num(700000000000000000, 1199999999999999999)))}/{g.key('webhook_token', raw=g.b64url(68))}"

DiscordInviteLink: "https://discord.gg/{g.alnum(8)}"
ProxyHost: "{g.ip('proxy_ip')}"
ProxyPort: 1080
ProxyUser: "relay"
ProxyPassword: "{g.pw('proxy_password', 'yaml')}"
# avatar service mirror (LAN)
AvatarUrl: "http://{g.private_ip()}:8080/avatar/{{uuid-nodashes}}/{{size}}.png"
# owner: {g.email('owner_email')}
"""
    return 'yaml', 'plugins/DiscordSRV/config.yml', text


@T
def dynmap_configuration_txt(g):
    text = f"""# Dynmap configuration.txt - map server for the Heathrow Lane community world
deftemplatesuffix: hires

storage:
  type: mariadb
  hostname: {g.ip4('db_host_ip')}
  port: 3306
  database: dynmap
  userid: dynmap
  password: {g.pw('db_password', 'yaml')}
  prefix: "dm_"
  flags: "?allowReconnect=true&autoReconnect=true"

components:
  - class: org.dynmap.ClientConfigurationComponent
  - class: org.dynmap.InternalClientUpdateComponent
    sendhealth: true
    allowwebchat: true
    webchat-interval: 5
    webchat-requires-login: true

# internal web server; the public site is proxied through nginx at {g.ip('public_proxy_ip')}
disable-webserver: false
webserver-bindaddress: {g.unspecified_ip()}
webserver-port: 8123
trusted-proxies:
  - "{g.loopback_ip()}"
  - "{g.private_ip()}"
login-enabled: true
login-required: false
# registration codes are e-mailed by the bot ({g.email('bot_sender_email')})
# login passwords are stored hashed in dynmap_passwords, e.g. {g.sha256()}
"""
    return 'yaml', 'plugins/dynmap/configuration.txt', text


@T
def multicraft_conf(g):
    daemon_id = g.num(1, 6)
    text = f""";; multicraft.conf - daemon {daemon_id} of the hosting cluster
[multicraft]
user = mc
ip = {g.ip4('daemon_public_ip')}
port = 25465
password = {g.pw('daemon_password', 'ini')}
id = {daemon_id}
database = mysql:host={g.ip4('panel_db_ip')};dbname=multicraft_daemon
dbUser = mc_daemon
dbPassword = {g.pw('daemon_db_password', 'ini')}
name = node-{g.pick(['fra', 'waw', 'hel', 'ams'])}-{g.num(1, 9)}
totalMemory = {g.pick([32768, 65536])}
baseDir = /home/mc/multicraft
multiuser = true

[ftp]
enabled = true
ftpIp = {g.unspecified_ip()}
ftpExternalIp = {g.ip('ftp_external_ip')}
ftpPort = 21
forbiddenFiles = \\.(jar|exe|bat|pif|sh)$

[backup]
command = ./bin/backup.sh "%(dir)s" "%(file)s"
; offsite target, key-based: backup@{g.private_ip()}:/srv/mc-backups
; licence: key {g.key('license_key', raw=g.upper(4) + '-' + g.upper(4) + '-' + g.upper(4) + '-' + g.upper(4))}, owner {g.email('license_owner_email')}
"""
    return 'ini', 'multicraft/multicraft.conf', text


@T
def mcsmanager_daemon_global_json(g):
    text = """{
  "version": 2,
  "ip": "%s",
  "port": 24444,
  "prefix": "",
  "key": "%s",
  "maxFileTask": 2,
  "maxZipFileSize": 60,
  "language": "%s",
  "uploadSpeedRate": 0,
  "downloadSpeedRate": 0,
  "portRangeStart": 30000,
  "portRangeEnd": 30199,
  "crashRestartMaxTimes": 3,
  "remote": [
    {"name": "node-b", "ip": "%s", "port": 24444, "apiKey": "%s", "uuid": "%s"},
    {"name": "lan-test", "ip": "%s", "port": 24444, "apiKey": "%s", "uuid": "%s"}
  ],
  "panelAdmin": {"user": "%s", "mail": "%s", "passwordHash": "%s"}
}
""" % (g.unspecified_ip(), g.key('daemon_key', 'hex32'), g.pick(['en_us', 'zh_cn', 'pt_br']),
       g.ip('remote_node_ip'), g.key('remote_api_key', 'hex32'), g.uuid('node_uuid'),
       g.private_ip(), g.LK('placeholder', 'REPLACE_WITH_NODE_KEY'), g.uuid('node_uuid'),
       g.user(), g.email('panel_admin_email'), g.sha256())
    return 'json', 'daemon/data/Config/global.json', text


@T
def oxide_server_cfg(g):
    text = f"""// server/{g.pick(['eu_weekly', 'oceania_2x', 'vanilla_monthly'])}/cfg/server.cfg
server.hostname "Saltflat | Weekly | Solo/Duo | wiped Thursday"
server.ip {g.unspecified_ip()}
server.port 28015
server.queryport 28017
server.maxplayers {g.pick([100, 150, 200])}
server.worldsize {g.pick([3500, 4000, 4250])}
server.seed {g.num(1, 2147483646)}
server.saveinterval 600
server.identity "weekly"
rcon.ip {g.ip('rcon_bind_ip')}
rcon.port 28016
rcon.password "{g.pw('rcon_password', 'quoted')}"
rcon.web 1
app.publicip {g.ip4('companion_public_ip')}
app.port 28082

// oxide/config/DiscordLogger.json is kept separately; the admin webhook key is copied here for the wipe script
// wipe.webhook https://hooks.saltflat.gg/admin/{g.key('wipe_webhook_key', g.pick(['alnum32', 'hex40']))}
// server owner SteamID {g.LK('steam_id', '7656119' + str(g.num(7000000000, 9999999999)))}, contact {g.email('owner_email')}
// uMod plugin versions pinned: Kits {g.version()}, Clans {g.version()}
"""
    return 'text', 'server/cfg/server.cfg', text


@T
def battleye_beserver_cfg(g):
    text = f"""== BEServer_x64.cfg (profile folder of the survival server, instance {g.num(1, 4)}) ==
RConPassword {g.pw('rcon_password', 'plain')}
RestrictRCon 0
RConPort {g.num(2300, 2400)}
RConIP {g.ip('rcon_ip')}
MaxPing 250

== register with BattleMetrics RCON (run once from the admin box) ==
curl -s -X POST https://api.battlemetrics.com/servers \\
  -H "Authorization: Bearer {g.key('battlemetrics_token', 'jwt')}" \\
  -H "Content-Type: application/json" \\
  -d '{{"data":{{"type":"server","attributes":{{"ip":"{g.ip4('game_server_ip')}","portQuery":{g.num(27016, 27020)}}}}}}}'

== notes ==
The admin tool connects from {g.ip4('admin_tool_ip')} only; the LAN test box {g.private_ip()} has its own profile.
BattlEye library version on the box: {g.version()} (hash {g.md5()}).
Questions to {g.email('server_admin_email')}.
"""
    return 'text', 'profiles/battleye/README-rcon.txt', text


@T
def ddnet_autoexec_server_cfg(g):
    sql = g.ip4('sql_host_ip')
    text = f"""# autoexec_server.cfg - DDNet race server "Quillpass"
sv_name "Quillpass Novice {g.num(1, 9)}"
sv_port {g.num(8303, 8320)}
sv_bindaddr "{g.ip('bind_ip')}"
sv_register ipv4,ipv6
sv_max_clients 64

# remote console; moderators get the mod password
sv_rcon_password "{g.pw('rcon_password', 'quoted')}"
sv_rcon_mod_password "{g.pw('rcon_mod_password', 'quoted')}"
sv_rcon_helper_password "{g.pw('rcon_helper_password', 'quoted')}"

# external console for the log bot (listens on the loopback only)
ec_bindaddr "{g.loopback_ip()}"
ec_port 8310
ec_password "{g.pw('econ_password', 'quoted')}"

# ranks go to the shared MySQL; r = read, w = write
add_sqlserver r ddnet record dd_ro "{g.pw('sql_read_password', 'quoted')}" "{sql}" "3306"
add_sqlserver w ddnet record dd_rw "{g.pw('sql_write_password', 'quoted')}" "{sql}" "3306"

# map downloads via HTTP mirror
sv_maps_base_url "https://maps.quillpass.net/"
# contact {g.email('admin_email')} - map pack {g.sha256()}
"""
    return 'text', 'ddnet/autoexec_server.cfg', text


@T
def satisfactory_server_api_sh(g):
    host = g.IPu('server_ip')
    text = f"""#!/usr/bin/env bash
# claim-and-save.sh - first-time claim of the dedicated factory server through its HTTPS API, then a nightly save
set -euo pipefail
HOST="{host}:7777"
ADMIN_PW='{g.pw('admin_password', 'shell')}'
CLIENT_PW='{g.pw('client_password', 'shell')}'

# 1. claim (only works while the server is unclaimed); returns an admin bearer token
curl -sk "https://$HOST/api/v1" -H 'Content-Type: application/json' \\
  -d '{{"function":"ClaimServer","data":{{"ServerName":"Copperfield","AdminPassword":"'"$ADMIN_PW"'"}}}}'

# 2. later runs: the long-lived token that the claim step printed (kept here for the cron job)
TOKEN='{g.key('api_bearer_token', raw=g.b64(64).rstrip('='))}'
curl -sk "https://$HOST/api/v1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -d '{{"function":"SetClientPassword","data":{{"Password":"'"$CLIENT_PW"'"}}}}'
curl -sk "https://$HOST/api/v1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -d '{{"function":"SaveGame","data":{{"SaveName":"nightly_'"$(date +%F)"'"}}}}'

# offsite copy of the save folder
rsync -a ~/.config/Epic/FactoryGame/Saved/SaveGames/ backup@{g.ip4('backup_host_ip')}:/srv/saves/
# ping: {g.email('ops_email')}  (server build {g.num(300000, 399999)}, LAN mirror {g.private_ip()})
"""
    return 'shell', 'ops/claim-and-save.sh', text


@T
def openra_dedicated_sh(g):
    text = f"""#!/bin/sh
# launch-dedicated.sh - OpenRA dedicated server for the Thursday league (Red Alert mod)
Name="Thursday League #{g.num(2, 40)}"
Mod=ra
ListenPort=1234
AdvertiseOnline=True
Password='{g.pw('server_password', 'shell')}'
RequireAuthentication=True
ProfileIDWhitelist="{g.num(10000, 99999)},{g.num(10000, 99999)},{g.num(10000, 99999)}"
EnableGeoIP=False
ShareAnonymizedIPs=True
# league bot credentials for the results API
LEAGUE_API_KEY={g.key('league_api_key', g.pick(['hex64', 'alnum40']))}
LEAGUE_API=https://{g.IPu('league_api_ip')}:9443/results

exec ./launch-dedicated-core.sh \\
  Server.Name="$Name" Server.ListenPort="$ListenPort" Server.AdvertiseOnline="$AdvertiseOnline" \\
  Server.Password="$Password" Server.RequireAuthentication="$RequireAuthentication" \\
  Server.ProfileIDWhitelist="$ProfileIDWhitelist" Server.EnableGeoIP="$EnableGeoIP" \\
  Server.ShareAnonymizedIPs="$ShareAnonymizedIPs" Game.Mod="$Mod" \\
  Engine.SupportDir=/srv/openra/support
# release {g.version(f'release-20{g.num(21, 25)}{g.num(1, 12):02d}{g.num(1, 28):02d}')} ; league contact {g.email('league_email')}
# replays are mirrored to {g.ip4('replay_mirror_ip')} (rsync, key auth)
"""
    return 'shell', 'openra/launch-dedicated.sh', text


@T
def tebex_plugin_config_yml(g):
    text = f"""# Tebex plugin config.yml (webstore of the Tansyfield network)
secret: "{g.key('webstore_secret', 'hex40')}"
build-purchase-link: true
check-for-updates: true
verbose: false
# the game-server secret of the sister store (creative realm)
creative-secret: "{g.key('webstore_secret', 'hex40')}"
proxy-mode: false
server:
  ip: "{g.ip('server_ip')}"
  port: 25565
# the payment notification mailbox and the accountant
notify: "{g.email('notify_email')}"
accountant: "{g.email('accountant_email')}"
# dashboard login for the plugin's HTTP check (read-only user)
dashboard-user: "{g.email('dashboard_user_email')}"
dashboard-password: "{g.pw('dashboard_password', 'yaml')}"
# webhook validation (the public key for checks, not secret): {g.LK('public_key', g.b64(32))}
# last sync {g.timestamp()}  plugin {g.version()}
"""
    return 'yaml', 'plugins/Tebex/config.yml', text
