"""Templates D: crash reports and logs, migrations, a notebook, mail and issue threads, runbooks in
Spanish, French, Portuguese, German and Italian, build servers (set 46)."""

TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


@T
def acra_crash_report_json(g):
    app = g.pick(['vetclinic', 'harbourpilot', 'parcelwalk'])
    text = """{
  "REPORT_ID": "%s",
  "APP_VERSION_CODE": %d,
  "APP_VERSION_NAME": "%s",
  "PACKAGE_NAME": "io.%s.android",
  "PHONE_MODEL": "%s",
  "ANDROID_VERSION": "%d",
  "USER_APP_START_DATE": "%s",
  "USER_CRASH_DATE": "%s",
  "INSTALLATION_ID": "%s",
  "USER_EMAIL": "%s",
  "STACK_TRACE": "java.io.IOException: HTTP 401 for https://api.%s-app.com/v2/sync?access_token=%s\\n\\tat io.%s.net.SyncClient.pull(SyncClient.kt:88)\\n\\tat io.%s.work.SyncWorker.doWork(SyncWorker.kt:41)\\n",
  "SHARED_PREFERENCES": {
    "default": {
      "last_login_email": "%s",
      "cached_password": "%s",
      "server_override": "%s",
      "push_registration": "%s",
      "theme": "dark"
    }
  },
  "LOGCAT": "I/SyncClient: connecting to %s:443\\nW/SyncClient: retry via fallback %s\\nD/Net: wifi %s gateway %s\\n",
  "CUSTOM_DATA": {"proxy": "http://field:%s@%s:3128", "build_sha": "%s"}
}
""" % (g.uuid('report_uuid'), g.num(100, 999), g.version(), app,
       g.pick(['SM-A536B', 'Pixel 7a', 'moto g54']), g.num(11, 15), g.timestamp(z='+02:00'),
       g.timestamp(z='+02:00'), g.uuid('installation_uuid'), g.email('user_email'), app,
       g.key('access_token', g.pick(['jwt', 'b64url43'])), app, app,
       g.email('last_login_email'), g.pw('cached_password', 'quoted'), g.ip('server_override_ip', v6=0.35),
       g.key('push_registration_token', raw=g.b64url(22) + ':APA91b' + g.b64url(134)),
       g.IPu('sync_server_ip', v6=0.35), g.ip4('fallback_ip'), g.private_ip(), g.private_ip(),
       g.pw('proxy_password', 'url'), g.ip4('proxy_ip'), g.short_sha())
    return 'json', 'crash-reports/acra-report.json', text


@T
def breakpad_crash_report_txt(g):
    ver = g.version_raw()
    text = f"""Operating system: Windows NT
                  10.0.{g.num(19041, 22631)} {g.num(100, 4000)}
CPU: amd64
     family 6 model {g.num(60, 190)} stepping {g.num(0, 12)}
     {g.pick([4, 8, 12, 16])} CPUs

Crash reason:  EXCEPTION_ACCESS_VIOLATION_READ
Crash address: 0x0
Process uptime: {g.num(10, 9000)} seconds

Thread 0 (crashed)
 0  sceneviewer.exe!RenderQueue::flush() [render_queue.cc : {g.num(100, 400)} + 0x5]
    Found by: given as instruction pointer in context
 1  sceneviewer.exe!Viewport::paint(QPaintEvent*) [viewport.cc : {g.num(50, 900)} + 0x12]
    Found by: call frame info

Loaded modules:
0x7ff6{g.hexs(8)} - 0x7ff6{g.hexs(8)}  sceneviewer.exe  {g.version(ver + '.0')}  (main)  {g.LK('debug_id', g.hexs(33, upper=True))}
0x7ffc{g.hexs(8)} - 0x7ffc{g.hexs(8)}  ntdll.dll  10.0.{g.num(19041, 22631)}.{g.num(1, 4000)}  {g.LK('debug_id', g.hexs(33, upper=True))}

Crashpad annotations:
  prod = SceneViewer
  ver = {g.version(ver)}
  guid = {g.uuid('client_uuid')}
  channel = beta
  user_email = {g.email('user_email')}
  env.SV_LICENSE_SERVER = 27000@{g.ip4('license_server_ip')}
  env.SV_SYNC_TOKEN = {g.key('sync_token', g.pick(['hex40', 'alnum40']))}
  env.SV_ASSET_CACHE = \\\\{g.private_ip()}\\assets
  cmdline = sceneviewer.exe --remote-db "postgresql://sv_reader:{g.pw('remote_db_password', 'url')}@{g.IPu('remote_db_ip')}:5432/scenes" --open last
  upload_url = https://crash-intake.sceneviewer.io/submit?prod=SceneViewer&api_key={g.key('crash_upload_key', 'hex32')}
  last_peer = {g.ip6('collab_peer_ipv6')}
  minidump_sha256 = {g.sha256()}
"""
    return 'text', 'crashes/report-sceneviewer.txt', text


@T
def phinx_yml(g):
    text = f"""paths:
    migrations: '%%PHINX_CONFIG_DIR%%/db/migrations'
    seeds: '%%PHINX_CONFIG_DIR%%/db/seeds'

environments:
    default_migration_table: phinxlog
    default_environment: development
    production:
        adapter: mysql
        host: {g.ip4('prod_db_ip')}
        name: florist_prod
        user: florist_migrator
        pass: '{g.pw('prod_db_password', 'yaml')}'
        port: 3306
        charset: utf8mb4
    staging:
        adapter: pgsql
        host: {g.private_ip()}
        name: florist_staging
        user: florist
        pass: {g.pw('staging_db_password', 'yaml')}
        port: 5432
    reporting:
        dsn: 'mysql://reporter:{g.pw('reporting_db_password', 'url')}@{g.IPu('reporting_db_ip')}:3306/florist_prod'
    development:
        adapter: sqlite
        name: ./var/florist_dev
    testing:
        adapter: sqlite
        memory: true

version_order: creation

# db/seeds/AdminSeeder.php creates the first admin:
#   email {g.email('admin_email')}, password_hash {g.hashed_pw('bcrypt')}
# db/seeds/IntegrationSeeder.php stores the delivery partner's webhook secret:
#   {g.key('delivery_webhook_secret', g.pick(['hex64', 'b64_32']))}
# migrations reviewed by {g.email('reviewer_email')} ; last migration {g.LK('migration_id', str(g.num(20240101000000, 20251231235959)))}
"""
    return 'yaml', 'phinx.yml', text


@T
def schemahero_database_yaml(g):
    pw2 = g.pw_raw('yaml')
    text = f"""apiVersion: databases.schemahero.io/v1alpha4
kind: Database
metadata:
  name: inventory
  namespace: schemahero-system
  annotations:
    owner: "{g.email('owner_email')}"
spec:
  connection:
    postgres:
      uri:
        value: postgres://inventory:{g.pw('postgres_password', 'url')}@{g.IPu('postgres_ip')}:5432/inventory?sslmode=require
---
apiVersion: v1
kind: Secret
metadata:
  name: orders-mysql
  namespace: schemahero-system
type: Opaque
data:
  password: {g.key('mysql_password_b64', raw=g.b64enc(pw2))}
stringData:
  uri: mysql://orders:{g.pw('mysql_password', 'url', raw=pw2)}@tcp({g.IPu('mysql_ip')}:3306)/orders?tls=true
---
apiVersion: databases.schemahero.io/v1alpha4
kind: Database
metadata:
  name: orders
  namespace: schemahero-system
spec:
  connection:
    mysql:
      uri:
        valueFrom:
          secretKeyRef:
            name: {g.LK('secret_reference', 'orders-mysql')}
            key: uri
  schemahero:
    image: schemahero/schemahero@{g.image_digest()}
---
apiVersion: schemas.schemahero.io/v1alpha4
kind: Table
metadata:
  name: stock-levels
spec:
  database: inventory
  name: stock_levels
  schema:
    postgres:
      primaryKey: [sku]
      columns:
        - name: sku
          type: varchar(32)
        - name: qty
          type: integer
        - name: updated_by
          type: varchar(255)
          default: '{g.reserved_email()}'
# cluster network: pods {g.private_ip()}/16, service {g.private_ip()}/12
"""
    return 'yaml', 'k8s/schemahero/inventory.yaml', text


@T
def adempiere_migration_sql(g):
    uid = g.num(1000100, 1000999)
    text = f"""-- migration/{g.num(360, 399)}lts-release/postgresql/{g.num(100, 999)}_webstore_bridge.sql
-- Seeds the service user and settings for the webstore bridge (ADempiere)
-- {g.timestamp(sep=' ', z='')}

INSERT INTO AD_User (AD_User_ID, AD_Client_ID, AD_Org_ID, IsActive, Created, CreatedBy, Updated, UpdatedBy,
                     Name, EMail, Password, NotificationType, IsFullBPAccess)
VALUES ({uid}, 1000000, 0, 'Y', now(), 100, now(), 100,
        'WebStore Bridge', '{g.email('bridge_user_email')}', '{g.pw('bridge_user_password', 'quoted')}', 'E', 'Y');

INSERT INTO AD_SysConfig (AD_SysConfig_ID, AD_Client_ID, AD_Org_ID, Created, Updated, CreatedBy, UpdatedBy,
                          IsActive, Name, Value, Description, EntityType, ConfigurationLevel)
VALUES (nextid(50009, 'N'), 0, 0, now(), now(), 100, 100, 'Y', 'WEBSTORE_API_KEY',
        '{g.key('webstore_api_key', g.pick(['alnum40', 'hex64']))}', 'API key of the webstore bridge', 'U', 'S'),
       (nextid(50009, 'N'), 0, 0, now(), now(), 100, 100, 'Y', 'WEBSTORE_HOST',
        '{g.ip('webstore_host_ip')}', 'public address of the shop', 'U', 'S');

UPDATE AD_Client SET SMTPHost = '{g.ip4('smtp_host_ip')}', RequestEMail = '{g.email('request_email')}',
                     RequestUser = '{g.email('request_user_email')}', RequestUserPW = '{g.pw('request_user_password', 'quoted')}',
                     IsSmtpAuthorization = 'Y'
WHERE AD_Client_ID = 1000000;

-- template row from the demo client, kept disabled
UPDATE AD_User SET Password = '{g.LK('default_password', 'GardenAdmin')}', IsActive = 'N' WHERE AD_User_ID = 101;

SELECT register_migration_script('{g.num(100, 999)}_webstore_bridge.sql') FROM dual;
-- applied on {g.private_ip()} (test) before production
"""
    return 'sql', 'migration/webstore_bridge.sql', text


@T
def cellprofiler_batch_ipynb(g):
    text = """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Plate %d batch run\\n",
    "Runs the CellProfiler pipeline headless on the image store and loads the measurements into the analyst database.\\n",
    "Contact: %s\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, sqlalchemy, subprocess\\n",
    "store = boto3.client('s3', endpoint_url='https://%s:9000',\\n",
    "                     aws_access_key_id='%s',\\n",
    "                     aws_secret_access_key='%s')\\n",
    "engine = sqlalchemy.create_engine('mysql+pymysql://cpa:%s@%s/cpa_plates')\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Connected to image store %s (region local)\\n",
      "Worker pool: %s, %s\\n",
      "Pipeline checksum %s\\n"
     ]
    }
   ],
   "source": [
    "subprocess.run(['cellprofiler', '-c', '-r', '-p', 'plate.cppipe', '-o', '/scratch/out'], check=True)\\n",
    "print('Connected to image store', store.meta.endpoint_url)\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "# notify the screening core\\n",
    "WEBHOOK = 'https://notify.screening-core.org/hooks/%s'\\n",
    "SMTP = ('%s', '%s', '%s')\\n"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "%s"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""" % (g.num(10, 99), g.email('contact_email'), g.ip4('image_store_ip'),
       g.key('s3_access_key_id', raw=g.upper(20)),
       g.key('s3_secret_access_key', raw=g.b64(30)),
       g.pw('cpa_db_password', 'url'), g.ip4('cpa_db_ip'), g.ip4('image_store_ip'),
       g.private_ip(), g.private_ip(), g.md5(), g.key('notify_webhook_key', g.pick(['alnum32', 'hex40'])),
       g.ip('smtp_ip'), g.email('smtp_user_email'), g.pw('smtp_password', 'quoted'),
       g.version(f'3.{g.num(9, 12)}.{g.num(1, 9)}'))
    return 'ipynb', 'notebooks/plate_batch.ipynb', text


@T
def maas_commissioning_email_thread(g):
    a_first, b_first = g.first(), g.first()
    a_mail = g.email_raw(first=a_first)
    b_mail = g.email_raw(first=b_first)
    maas_key = f'{g.alnum(18)}:{g.alnum(18)}:{g.alnum(32)}'
    text = f"""From {g.email('mbox_from_email', raw=a_mail)} {g.pick(['Mon', 'Tue', 'Thu'])} {g.pick(['Mar', 'May', 'Sep'])} {g.num(1, 28)} 0{g.num(7, 9)}:{g.num(10, 59)}:{g.num(10, 59)} 20{g.num(24, 26)}
Received: from mail-relay.{a_mail.split('@')[1]} ([{g.ip4('received_relay_ip')}])
        by mx.{b_mail.split('@')[1]} with ESMTPS id {g.LK('queue_id', g.upper(12))}
Message-ID: {g.LK('message_id', '<' + g.hexs(16) + '.' + str(g.num(1000, 9999)) + '@mail-relay.' + a_mail.split('@')[1] + '>')}
In-Reply-To: {g.LK('message_id', '<' + g.alnum(20) + '@mx.' + b_mail.split('@')[1] + '>')}
From: {a_first} <{g.email('from_email', raw=a_mail)}>
To: {b_first} <{g.email('to_email', raw=b_mail)}>
Subject: Re: rack 7 nodes stuck in commissioning

Hi {b_first},

the BMCs were still on the factory password. I have set them to {g.pw('bmc_password', 'plain')} on all six
nodes (IPMI 2.0, lan channel 1). You can redo the power config from the region controller:

  maas login ops http://{g.IPu('region_controller_ip')}:5240/MAAS/ {g.key('maas_api_key', raw=maas_key)}
  maas ops machine update {g.lower(6)} power_type=ipmi \\
      power_parameters_power_address={g.private_ip()} \\
      power_parameters_power_user=maas \\
      power_parameters_power_pass={g.pw('bmc_password_cli', 'shell')}

The rack controller reaches the region over {g.ip6('region_controller_ipv6')} now that the
old VLAN is gone. Commissioning script output is on the share (sha {g.sha1()}).

Cheers,
{a_first}

On {g.pick(['Mon', 'Tue', 'Wed'])}, {b_first} <{g.email('quoted_email', raw=b_mail)}> wrote:
> Nodes {g.mac()} and {g.mac()} never PXE boot. DHCP relay is {g.private_ip()}.
> The snippet server still uses the default {g.LK('default_password', 'ubuntu')} for the ephemeral image.
"""
    return 'email', 'mail/rack7-commissioning.eml', text


@T
def openpilot_issue_comment_md(g):
    dongle = g.hexs(16)
    dongle_lk = g.LK('dongle_id', dongle)
    text = f"""### Describe the bug

Uploads from my device stopped after the last update. The uploader log says 401 and then it retries forever.

**Device:** comma 3X, openpilot {g.version(f'0.9.{g.num(4, 9)}')} (fork, branch `tuning-{g.lower(4)}`)
**Dongle ID:** `{dongle_lk}`
**Route:** `{g.LK('route_id', dongle + '|20' + str(g.num(23, 26)) + '-0' + str(g.num(1, 9)) + '-1' + str(g.num(0, 9)) + '--1' + str(g.num(0, 9)) + '-0' + str(g.num(0, 9)) + '-' + str(g.num(10, 59)))}`

### Log

```
uploader.py: uploading to https://upload.routes-mirror.net/v1/upload?token={g.key('upload_token', 'jwt')}
athenad: connecting to wss://{g.IPu('athena_proxy_ip')}/ws/v2/{dongle_lk}
athenad: Authorization: JWT {g.key('athena_jwt', 'jwt')}
wifi: wlan0 inet {g.private_ip()} inet6 {g.link_local_ipv6()}
```

My fork's CI mails {g.email('fork_ci_email')} on failure; I also tried the mirror at {g.ip('mirror_ip', v6=0.4)}.

---

**maintainer** commented:

> Please revoke those two tokens right away - they are valid until they expire. Don't paste `athenad` output
> unredacted. The uploader only talks to the official endpoint; forks that change it are not supported.
> Your SSH key `{g.LK('public_key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + g.b64(32)[:43])}` is fine to share.
> If you need a hand, write to {g.email('maintainer_email')}.
"""
    return 'markdown', 'issues/uploader-401.md', text


@T
def radiator_runbook_es_md(g):
    secret = g.key_raw(g.pick(['alnum24', 'alnum32']))
    primary = g.ip4('radius_primary_ip')
    text = f"""# Servidor RADIUS (Radiator) de la red de bibliotecas municipales

Guía breve para el turno de guardia. El servidor principal es `rad01` ({primary}) y el
secundario `rad02` ({g.ip('radius_secondary_ip')}).

## Fragmento de `radius.cfg`

```
<Client {g.private_ip()}>
    Secret {g.key('radius_shared_secret', raw=secret)}
    DupInterval 2
</Client>

<AuthBy SQL>
    DBSource   dbi:mysql:radius:{g.ip4('radius_db_ip')}
    DBUsername radius
    DBAuth     {g.pw('db_password', 'plain')}
</AuthBy>
```

## Prueba rápida

Desde la consola de administración:

```
radpwtst -s {primary} -secret {g.key('radius_shared_secret', raw=secret)} -user {g.email('test_user_email')} -password {g.pw('test_user_password', 'shell')}
```

La contraseña del usuario de prueba es **{g.pw('test_user_password_prose', 'prose')}** y se cambia cada trimestre.
Si el punto de acceso de la sala infantil no autentica, revise que su IP sea {g.private_ip()} y no
{g.link_local_ip()} (eso indica que no obtuvo DHCP).

## Contactos

- Responsable de sistemas: {g.email('sysadmin_email')}
- Proveedor de la fibra (incidencias 24 h): {g.email('isp_support_email')}
- Ejemplo de formato para tickets: {g.reserved_email()}

Versión del paquete: {g.version()}.
"""
    return 'markdown', 'docs/es/radius-guardia.md', text


@T
def zentyal_migration_fr_md(g):
    text = f"""# Procédure de migration du contrôleur de domaine Zentyal

_Rédigée par {g.person()} — à relire avant l'intervention du {g.num(1, 28)}/{g.num(1, 12):02d}._

## 1. Sauvegarde

Exporter la configuration depuis l'ancien serveur (`{g.private_ip()}`) :

```
sudo zs backup --description "avant migration" --passphrase '{g.pw('backup_passphrase', 'shell')}'
```

Le fichier est ensuite copié sur le NAS de l'agence de {g.pick(['Rennes', 'Annecy', 'Valence', 'Colmar'])}.

## 2. Vérification LDAP

```
ldapsearch -H ldap://{g.ip4('new_dc_ip')} -D "CN=Administrator,CN=Users,DC=agence,DC=lan" -w '{g.pw('ldap_admin_password', 'shell')}' -b "DC=agence,DC=lan" "(objectClass=user)" sAMAccountName
```

Le nouveau serveur répond aussi en IPv6 : `{g.ip6('new_dc_ipv6')}`.

## 3. DNS dynamique

La clé TSIG partagée avec le serveur DHCP est la suivante (ne pas la diffuser) :

```
key "dhcp-update" {{
    algorithm hmac-sha256;
    secret "{g.key('tsig_secret', 'b64_32')}";
}};
```

## 4. Comptes

- Le mot de passe du compte de service d'impression est {g.pw('print_service_password', 'prose')} (à changer après la migration).
- Contact du prestataire : {g.email('contractor_email')} ; responsable informatique : {g.email('it_manager_email')}.
- Adresse de la passerelle : {g.private_ip()} ; masque {g.netmask()}.

Version installée : Zentyal {g.version(f'{g.num(7, 8)}.{g.num(0, 1)}')}.
"""
    return 'markdown', 'docs/fr/migration-zentyal.md', text


@T
def endian_firewall_pt_md(g):
    text = f"""# Configuração do firewall Endian — filial de {g.pick(['Campinas', 'Braga', 'Coimbra', 'Joinville'])}

Documento interno da equipe de TI. Última revisão por {g.email('reviewer_email')}.

## Uplinks

| Uplink | Endereço | Observação |
|---|---|---|
| Fibra principal | {g.ip4('uplink_fibre_ip')} | IP fixo do contrato |
| Fibra IPv6 | {g.ip6('uplink_fibre_ipv6')} | prefixo delegado /56 |
| 4G reserva | {g.shared_ip()} | CGNAT da operadora |

## VPN IPsec com a matriz

- Gateway remoto: {g.ip('hq_vpn_gateway_ip')}
- Chave pré-compartilhada (PSK): `{g.key('ipsec_psk', g.pick(['alnum32', 'b64_32']))}`
- Rede local: {g.private_ip()}/24

## OpenVPN para os técnicos

Usuário `tecnico.campo`, senha `{g.pw('openvpn_password', 'prose')}`. O certificado do servidor tem a
impressão digital {g.LK('cert_fingerprint', ':'.join(g.hexs(2, upper=True) for _ in range(20)))}.

## Interface de administração

Acesso em https://{g.private_ip()}:10443 com o usuário `admin` e a senha {g.pw('admin_ui_password', 'prose')}.
A senha padrão de fábrica ({g.LK('default_password', 'endian')}) já foi trocada.

Alertas por e-mail vão para {g.email('alerts_email')}. Versão do firmware: {g.version()}.
"""
    return 'markdown', 'docs/pt/firewall-filial.md', text


@T
def candump_seedkey_notes_de_md(g):
    b = lambda: ' '.join(g.hexs(2, upper=True) for _ in range(5))  # noqa: E731
    text = f"""# Werkstattnotizen: Flash des Motorsteuergeräts am Prüfstand {g.num(1, 6)}

Fahrzeug: {g.LK('vin', 'WDD' + g.upper(14).replace('I', '1').replace('O', '0').replace('Q', '9'))}, Softwarestand {g.version()}.

## Ablauf

1. DoIP-Gateway am Prüfstand ist {g.private_ip()} (Tester {g.private_ip()}).
2. Sitzung 0x03 öffnen, dann SecurityAccess Level 0x11.
3. Der Schlüssel für Level 0x11 wird nicht berechnet, sondern ist fest hinterlegt:
   `{g.key('security_access_key', 'hex32')}` (nur Entwicklungssteuergeräte!).

```
  can0  7E0   [8]  02 10 03 00 00 00 00 00
  can0  7E8   [8]  06 50 03 00 32 01 F4 00
  can0  7E0   [8]  02 27 11 00 00 00 00 00
  can0  7E8   [8]  07 67 11 {b()} 00
```

## Zugang zum Hersteller-Portal

Das Flash-Paket wird über das Portal geladen. Zugangsdaten der Werkstatt:
Benutzer {g.email('portal_user_email')}, Passwort {g.pw('portal_password', 'prose')}.
Das Portal-Backend steht unter {g.ip('portal_backend_ip', v6=0.4)}; der Download-Token lautet
`{g.key('download_token', g.pick(['b64url43', 'alnum40']))}`.

Prüfsumme des Pakets (SHA-256): {g.sha256()}
Rückfragen an {g.email('workshop_lead_email')}.
"""
    return 'markdown', 'docs/de/werkstatt-flash.md', text


@T
def hudson_job_config_xml(g):
    text = f"""<?xml version='1.0' encoding='UTF-8'?>
<project>
  <description>Nightly build of the billing service. Owner: {g.email('owner_email')}</description>
  <keepDependencies>false</keepDependencies>
  <scm class="hudson.scm.SubversionSCM">
    <locations>
      <hudson.scm.SubversionSCM_-ModuleLocation>
        <remote>https://{g.IPu('svn_server_ip')}/svn/billing/trunk</remote>
        <local>.</local>
      </hudson.scm.SubversionSCM_-ModuleLocation>
    </locations>
    <useUpdate>true</useUpdate>
  </scm>
  <canRoam>true</canRoam>
  <triggers class="vector">
    <hudson.triggers.TimerTrigger><spec>0 2 * * *</spec></hudson.triggers.TimerTrigger>
  </triggers>
  <builders>
    <hudson.tasks.Shell>
      <command>mvn -B clean deploy -Drepo.user=deployer -Drepo.password={g.pw('repo_password', 'shell')} -Drepo.url=http://{g.ip4('repo_ip')}:8081/repository/releases
curl -fsS -X POST "https://status.billing-svc.net/api/deploy?token={g.key('status_api_token', g.pick(['hex40', 'alnum32']))}&amp;rev=$SVN_REVISION"</command>
    </hudson.tasks.Shell>
  </builders>
  <publishers>
    <hudson.plugins.ftppublisher.FTPPublisher>
      <host>{g.ip('ftp_host_ip')}</host>
      <user>drop</user>
      <password>{g.pw('ftp_password', 'xml')}</password>
    </hudson.plugins.ftppublisher.FTPPublisher>
    <hudson.tasks.Mailer>
      <recipients>{g.email('recipient_email')} {g.email('recipient_email')}</recipients>
      <dontNotifyEveryUnstableBuild>false</dontNotifyEveryUnstableBuild>
      <sendToIndividuals>true</sendToIndividuals>
    </hudson.tasks.Mailer>
  </publishers>
  <!-- agent: {g.private_ip()} ; Hudson {g.version(f'3.{g.num(0, 3)}.{g.num(0, 9)}')} ; last good revision {g.sha1()} -->
</project>
"""
    return 'xml', 'hudson/jobs/billing-nightly/config.xml', text


@T
def koji_hub_conf(g):
    realm = g.pick(['BUILD.LAN', 'PKG.CORP', 'RPM.HALL'])
    hub = g.IPu('kojihub_ip')
    text = f"""# /etc/koji-hub/hub.conf (excerpt)
[hub]
DBName = koji
DBUser = koji
DBHost = {g.ip4('db_host_ip')}
DBPass = {g.pw('db_password', 'ini')}
KojiDir = /mnt/koji

AuthPrincipal = {g.LK('kerberos_principal', 'host/kojihub@' + realm)}
AuthKeytab = /etc/koji.keytab
ProxyPrincipals = {g.LK('kerberos_principal', 'HTTP/kojiweb@' + realm)}
HostPrincipalFormat = {g.LK('kerberos_principal', 'compile/%s@' + realm)}
AllowedKrbRealms = {realm}

KojiWebURL = https://{g.IPu('kojiweb_ip')}/koji
EmailDomain = rpm-builders.org
NotifyOnSuccess = True
DisableNotifications = False

# /etc/kojiweb/web.conf
# [web]
# Secret = {g.key('kojiweb_secret', g.pick(['alnum32', 'hex40']))}
# (the example file ships with Secret = {g.LK('placeholder', 'CHANGE_ME')})
# KojiHubURL = https://{hub}/kojihub

# ~/.koji/config of the release bot (password auth, legacy builders only)
# [koji]
# server = https://{hub}/kojihub
# authtype = password
# user = releasebot
# password = {g.pw('releasebot_password', 'ini')}
# notify = {g.email('release_team_email')}
# builder network {g.private_ip()}/24, NFS {g.private_ip()}
"""
    return 'ini', 'etc/koji-hub/hub.conf', text


@T
def tac_plus_conf_it(g):
    text = f"""# tac_plus.conf — apparati di rete della sede di {g.pick(['Bologna', 'Trieste', 'Lecce', 'Bergamo'])}
# Chiave condivisa con gli switch: non cambiarla senza avvisare il NOC ({g.email('noc_email')}).
key = "{g.key('tacacs_shared_key', g.pick(['alnum24', 'alnum32']))}"

accounting file = /var/log/tac_plus.acct

# il router di frontiera usa una chiave propria
host = {g.ip('border_router_ip')} {{
    key = "{g.key('tacacs_host_key', 'alnum24')}"
}}

group = netadmin {{
    default service = permit
    service = exec {{
        priv-lvl = 15
    }}
}}

user = {g.user()} {{
    # password in chiaro, da migrare a des come gli altri
    login = cleartext "{g.pw('user_login_password', 'quoted')}"
    member = netadmin
}}

user = backup {{
    login = des {g.LK('hashed_password', g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 13))}
    member = netadmin
}}

user = $enable$ {{
    login = cleartext "{g.pw('enable_password', 'quoted')}"
}}
# switch di piano: {g.private_ip()} e {g.private_ip()}; loopback di gestione {g.LK('loopback_ip', '127.0.0.' + str(g.num(2, 9)))}
# referente: {g.email('referente_email')}
"""
    return 'text', 'etc/tac_plus.conf', text


@T
def tcadmin_service_log(g):
    day = f'20{g.num(24, 26)}-{g.num(1, 12):02d}-{g.num(1, 28):02d}'
    clock = [g.num(0, 20) * 3600 + g.num(0, 3599)]

    def ts():
        clock[0] += g.num(1, 170)
        t = clock[0]
        return f'{day} {t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d},{g.num(100, 999)}'
    text = f"""{ts()} [1] INFO  TCAdmin.Monitor.Service - Monitor service started, version {g.version()}
{ts()} [7] INFO  TCAdmin.Monitor.Remoting - Connecting to master {g.ip4('master_ip')}:8880
{ts()} [7] DEBUG TCAdmin.Monitor.Remoting - Using server key {g.key('remote_server_key', g.pick(['hex32', 'alnum40']))}
{ts()} [12] ERROR TCAdmin.DatabaseProvider - Cannot open database: Server={g.ip4('sql_server_ip')},1433;Database=tcadmin;User Id=tcadmin;Password={g.pw('sql_password', 'quoted')};Encrypt=False
{ts()} [12] INFO  TCAdmin.DatabaseProvider - Retrying with fallback {g.private_ip()}
{ts()} [15] INFO  TCAdmin.Web - Admin login from {g.ip('admin_login_ip', v6=0.4)} (user {g.email('admin_user_email')})
{ts()} [15] WARN  TCAdmin.FTP - Login failed for user 'svc41' from {g.ip6('ftp_client_ipv6')}
{ts()} [18] INFO  TCAdmin.GameHosting - Service 41 started on {g.unspecified_ip()}:27015 (rcon password set: {g.pw('service_rcon_password', 'plain')})
{ts()} [18] INFO  TCAdmin.GameHosting - Service 42 started on {g.ip4('service_bind_ip')}:27016
{ts()} [21] INFO  TCAdmin.Mail - Sent suspension notice to {g.email('customer_email')} via {g.loopback_ip()}
{ts()} [21] DEBUG TCAdmin.Billing - Webhook from billing module verified (signature {g.sha256()})
"""
    return 'text', 'logs/TCAdmin.Monitor.log', text
