"""Templates C: telephony and mobile core, mainframe and legacy systems, vehicles and chargers (set 46)."""

TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


@T
def fusionpbx_config_conf(g):
    trunk = g.pick(['voice.trunkline-eire.ie', 'sip.lineacorta.com.ar', 'gw.kabelvoice.nl'])
    text = f"""#database system settings
database.0.type = pgsql
database.0.host = {g.loopback_ip()}
database.0.port = 5432
database.0.sslmode = prefer
database.0.name = fusionpbx
database.0.username = fusionpbx
database.0.password = {g.pw('db_password', 'ini')}

#general settings
document.root = /var/www/fusionpbx
project.path =
temp.dir = /tmp
php.dir = /usr/bin
php.bin = php

#cache settings
cache.method = file
cache.location = /var/cache/fusionpbx
cache.settings = true

#switch settings
switch.event_socket.host = {g.loopback_ip()}
switch.event_socket.port = 8021
switch.event_socket.password = {g.pw('event_socket_password', 'ini')}
# (the shipped default {g.LK('default_password', 'ClueCon')} was changed on install day)

#xml cdr import from the second node
xml_cdr.http_host = {g.ip('cdr_node_ip')}
xml_cdr.http_auth = cdr:{g.pw('xml_cdr_password', 'ini')}

#notes (not read by the application)
# trunk registration: {g.LK('sip_uri', 'sip:+' + g.digits(11) + '@' + trunk)} auth user {g.digits(8)}
# trunk password {g.pw('trunk_password', 'ini')}, outbound proxy {g.ip4('outbound_proxy_ip')}
# provisioning of desk phones: https://pbx.local/app/provision/?mac={g.mac('')}
# admin contact {g.email('admin_email')}
"""
    return 'ini', 'etc/fusionpbx/config.conf', text


@T
def sngrep_sngreprc(g):
    text = f"""# ~/.sngreprc on the edge SBC ({g.pick(['sbc-dub1', 'sbc-waw2', 'sbc-jnb1'])})
set cl.column0 sipfrom
set cl.column1 sipto
set cl.column2 msgcnt
set cl.column3 state
set capture.device bond0
set capture.lookup off
set capture.rtp on
set capture.keyfile /etc/ssl/private/sip-tls.key
set savepath /var/log/sngrep

# forward everything to the capture server with HEP v3
set eep.send on
set eep.send.ver 3
set eep.send.address {g.ip('capture_server_ip')}
set eep.send.port 9060
set eep.send.pass {g.pw('hep_password', 'plain')}
set eep.send.id {g.num(2000, 2999)}
set eep.listen off
set eep.listen.address {g.unspecified_ip()}

alias {g.private_ip()} pbx-a
alias {g.private_ip()} pbx-b
alias {g.ip4('carrier_sbc_ip')} carrier-sbc
alias {g.ip('peering_partner_ip')} peering-partner

# capture UI login for the NOC: {g.email('noc_login_email')} / {g.pw('capture_ui_password', 'plain')}
# test calls use {g.LK('sip_uri', 'sip:echo@' + g.pick(['test.example.com', 'lab.example.org']))} and the link-local mgmt {g.link_local_ipv6()}
"""
    return 'text', 'root/.sngreprc', text


@T
def rtpengine_conf(g):
    text = f"""[rtpengine]
table = 0
# internal side towards the PBXes, external towards carriers
interface = internal/{g.private_ip()};external/{g.ip4('external_media_ip')}
interface = external_v6/{g.ip6('external_media_ipv6')}
listen-ng = {g.loopback_ip()}:2223
listen-cli = {g.loopback_ip()}:9900
listen-http = {g.private_ip()}:9101
timeout = 60
silent-timeout = 3600
tos = 184
port-min = 30000
port-max = 40000
log-level = 6
log-facility = local1
# call state replication (password before the @)
redis = {g.pw('redis_password', 'plain')}@{g.private_ip()}:6379/5
redis-write = {g.pw('redis_write_password', 'plain')}@{g.ip4('redis_peer_ip')}:6379/6
redis-num-threads = 4
recording-dir = /var/spool/rtpengine
recording-method = proc
# DTLS certificate fingerprint published to peers: {g.LK('cert_fingerprint', ':'.join(g.hexs(2, upper=True) for _ in range(32)))}
# multicast monitoring group {g.multicast_ip()}; on-call: {g.email('oncall_email')}
"""
    return 'ini', 'etc/rtpengine/rtpengine.conf', text


@T
def osmohlr_vty_transcript(g):
    mcc_mnc = g.pick(['90170', '00101', '99970'])
    imsi1 = mcc_mnc + g.digits(10)
    imsi2 = mcc_mnc + g.digits(10)
    text = f"""$ telnet {g.loopback_ip()} 4258
Welcome to the OsmoHLR VTY interface
OsmoHLR> enable
OsmoHLR# subscriber imsi {g.LK('imsi', imsi1)} create
% Created subscriber {g.LK('imsi', imsi1)}
OsmoHLR# subscriber imsi {g.LK('imsi', imsi1)} update msisdn {g.num(1000, 9999)}
OsmoHLR# subscriber imsi {g.LK('imsi', imsi1)} update aud2g comp128v1 ki {g.key('gsm_ki', 'hex32')}
OsmoHLR# subscriber imsi {g.LK('imsi', imsi2)} create
OsmoHLR# subscriber imsi {g.LK('imsi', imsi2)} update aud3g milenage k {g.key('milenage_k', 'hex32')} opc {g.key('milenage_opc', 'hex32')}
OsmoHLR# show subscriber imsi {g.LK('imsi', imsi2)}
    ID: {g.num(2, 400)}
    IMSI: {g.LK('imsi', imsi2)}
    ICCID: {g.LK('iccid', '8988' + g.digits(15))}
    3G auth: MILENAGE
OsmoHLR# configure terminal
OsmoHLR(config)# hlr
OsmoHLR(config-hlr)# gsup
OsmoHLR(config-hlr-gsup)# bind ip {g.ip4('gsup_bind_ip')}
OsmoHLR(config-hlr-gsup)# ipa-name hlr-{g.pick(['festival', 'campus', 'island'])}
OsmoHLR(config-hlr-gsup)# end
OsmoHLR# write file
Configuration saved to /etc/osmocom/osmo-hlr.cfg
OsmoHLR# exit
$ # SIM batch from the card vendor: ADM1 keys in the sealed file; vendor contact {g.email('sim_vendor_email')}
$ # remote MSC peering over the VPN: {g.ip('msc_peer_ip')} (tunnel {g.ula_ipv6()})
"""
    return 'text', 'ops/osmo-hlr-provisioning.txt', text


@T
def open5gs_amf_yaml(g):
    text = f"""# /etc/open5gs/amf.yaml (campus 5G SA test network)
logger:
  file:
    path: /var/log/open5gs/amf.log
global:
  max:
    ue: 1024
amf:
  sbi:
    server:
      - address: {g.LK('loopback_ip', '127.0.0.5')}
        port: 7777
    client:
      scp:
        - uri: http://{g.LK('loopback_ip', '127.0.0.200')}:7777
  ngap:
    server:
      - address: {g.ip('ngap_ip', v6=0.3)}
  metrics:
    server:
      - address: {g.LK('loopback_ip', '127.0.0.5')}
        port: 9090
  guami:
    - plmn_id:
        mcc: 999
        mnc: 70
      amf_id:
        region: 2
        set: 1
  tai:
    - plmn_id:
        mcc: 999
        mnc: 70
      tac: 1
  security:
    integrity_order : [ NIA2, NIA1, NIA0 ]
    ciphering_order : [ NEA0, NEA1, NEA2 ]
  network_name:
    full: CampusNet
  amf_name: amf-campus-0

# --- provisioning log (kept for the lab wiki) ---
# open5gs-dbctl --db_uri=mongodb://core:{g.pw('mongo_password', 'url')}@{g.IPu('mongo_ip')}/open5gs add {g.LK('imsi', '99970' + g.digits(10))} {g.key('subscriber_k', 'hex32')} {g.key('subscriber_opc', 'hex32')}
# WebUI: admin / {g.LK('default_password', '1423')} replaced by {g.pw('webui_admin_password', 'yaml')}
# gNB (N2) at {g.private_ip()}; UPF N3 {g.ip4('upf_n3_ip')}; lab lead {g.email('lab_lead_email')}
"""
    return 'yaml', 'etc/open5gs/amf.yaml', text


@T
def srsran_user_db_csv(g):
    p = g.pick(['00101', '99970'])
    text = f"""#                                                                                           
# .csv to store UE's information in HSS                                                     
# Kept in the following format: "Name,Auth,IMSI,Key,OP_Type,OP/OPc,AMF,SQN,QCI,IP_alloc"  
#                                                                                           
# Name:     Human readable name to help distinguish UE's. Ignored by the HSS                
# Auth:     Authentication algorithm used by the UE. Valid algorithms are XOR               
#           (xor) and MILENAGE (mil)                                                        
# IMSI:     UE's IMSI value                                                                 
# Key:      UE's key, where other keys are derived from. Stored in hexadecimal              
# OP_Type:  Operator's code type, either OP or OPc                                          
# OP/OPc:   Operator Code/Cyphered Operator Code, stored in hexadecimal                     
# AMF:      Authentication management field, stored in hexadecimal                          
# SQN:      UE's Sequence number for freshness of the authentication                        
# QCI:      QoS Class Identifier for the UE's default bearer.                               
# IP_alloc: IP allocation stratagy for the SPGW.                                            
#           With 'dynamic' the SPGW will automatically allocate IPs                         
#           With a valid IPv4 (e.g. '{g.LK('private_ip', '172.16.0.2')}') the UE will have a statically assigned IP.
#                                                                                           
# Note: Lines starting by '#' are ignored and will be overwritten                           
ue_handset1,mil,{g.LK('imsi', p + g.digits(10))},{g.key('ue_key', 'hex32')},opc,{g.key('ue_opc', 'hex32')},8000,{g.LK('sequence_number', g.hexs(12))},9,dynamic
ue_modem2,mil,{g.LK('imsi', p + g.digits(10))},{g.key('ue_key', 'hex32')},opc,{g.key('ue_opc', 'hex32')},8000,{g.LK('sequence_number', g.hexs(12))},7,{g.private_ip()}
ue_sensor3,xor,{g.LK('imsi', p + g.digits(10))},{g.key('ue_key', 'hex32')},op,{g.key('ue_op', 'hex32')},9001,{g.LK('sequence_number', g.hexs(12))},9,dynamic
ue_gateway4,mil,{g.LK('imsi', p + g.digits(10))},{g.key('ue_key', 'hex32')},opc,{g.key('ue_opc', 'hex32')},8000,{g.LK('sequence_number', g.hexs(12))},9,{g.ip4('static_ue_public_ip')}
"""
    return 'csv', 'srsran/user_db.csv', text


@T
def jasmin_jcli_transcript(g):
    smpp_pw = g.pw_raw('plain', 'alnum')[:8]
    api_pw = g.pw_raw('url')
    host = g.ip4('http_api_ip')
    text = f"""$ telnet {g.loopback_ip()} 8990
Trying {g.loopback_ip()}...
Authentication required.

Username: jcliadmin
Password: {g.pw('jcli_admin_password', 'plain')}
Welcome to Jasmin {g.version()} console
Type help or ? to list commands.

jcli : smppccm -a
> cid carrier_west
> host {g.ip('smsc_host_ip')}
> port 2775
> username wst{g.num(100, 999)}
> password {g.pw('smpp_bind_password', 'plain', raw=smpp_pw)}
> submit_throughput 50
> ok
Successfully added connector [carrier_west]
jcli : smppccm -1 carrier_west
Successfully started connector id:carrier_west
jcli : group -a
> gid retail
> ok
jcli : user -a
> username shopsms
> password {g.pw('http_api_password', 'plain', raw=api_pw)}
> gid retail
> uid shopsms
> ok
Successfully added User [shopsms] to Group [retail]
jcli : persist
jcli : quit

$ curl "http://{host}:1401/send?username=shopsms&password={g.pw('http_api_password', 'url', raw=api_pw)}&to=%2B{g.digits(11)}&content=Your+order+is+ready"
Success "{g.uuid('message_uuid')}"
$ # DLR callbacks go to https://{g.IPu('dlr_callback_ip')}/dlr ; report issues to {g.email('sms_ops_email')}
"""
    return 'text', 'notes/jasmin-setup.txt', text


@T
def drachtio_conf_xml(g):
    text = f"""<drachtio>
  <!-- drachtio.conf.xml : SIP server in front of the voice-bot applications -->
  <admin port="9022" secret="{g.key('admin_secret', g.pick(['alnum24', 'hex32']))}">{g.loopback_ip()}</admin>

  <request-handlers>
    <request-handler sip-method="INVITE" http-method="POST" verify-peer="false">https://{g.IPu('app_server_ip')}:3000/invite?token={g.key('invite_webhook_token', 'b64url43')}</request-handler>
  </request-handlers>

  <sip>
    <contacts>
      <contact external-ip="{g.ip4('external_sip_ip')}">sip:{g.private_ip()};transport=udp,tcp</contact>
      <contact>sip:[{g.ip6('sip_contact_ipv6')}]:5060;transport=udp</contact>
    </contacts>
    <udp-mtu>4096</udp-mtu>
    <outbound-proxy>sip:{g.ip('outbound_proxy_ip')}</outbound-proxy>
    <spammers action="reject" tcp-action="discard">
      <header name="User-Agent">
        <value>sip-cli</value>
        <value>friendly-scanner</value>
      </header>
    </spammers>
  </sip>

  <cdrs>true</cdrs>
  <monitoring><prometheus port="9090">{g.unspecified_ip()}</prometheus></monitoring>
  <logging>
    <syslog>
      <address>{g.ip4('syslog_ip')}</address>
      <port>514</port>
      <facility>local7</facility>
    </syslog>
    <loglevel>info</loglevel>
  </logging>
  <!-- maintainer {g.email('maintainer_email')}; registrar test account 1001 / {g.pw('test_extension_password', 'xml')} -->
</drachtio>
"""
    return 'xml', 'etc/drachtio.conf.xml', text


@T
def zoiper_support_chat_transcript(g):
    cust = g.first()
    agent = g.first()
    ext = g.digits(7)
    dom = g.pick(['sip.brightline-voice.co.uk', 'voip.caleta-telecom.cl', 'sip.fjordtale.no'])
    pw = g.pw_raw('prose')
    h = g.num(9, 16)
    text = f"""Chat transcript #{g.num(100000, 999999)} - {g.timestamp(sep=' ', z=' UTC')}
Visitor: {cust} ({g.email('visitor_email', first=cust)})
Agent: {agent}

[{h}:02] {cust}: hi, my softphone (Zoiper) says "403 Forbidden" since this morning
[{h}:03] {agent}: Sorry to hear that! Which account is it? Please do not send the password here.
[{h}:03] {cust}: {g.LK('sip_uri', 'sip:' + ext + '@' + dom)} password is {g.pw('sip_password', 'prose', raw=pw)} i changed nothing
[{h}:04] {agent}: Thanks - for safety I'll reset that password after the chat.
[{h}:05] {agent}: I see registrations from {g.ip4('customer_public_ip')} failing; we blocked that address after 20 bad attempts.
[{h}:05] {cust}: that's my office. the old router was {g.private_ip()} if that matters
[{h}:06] {agent}: Unblocked. Please set the outbound proxy to {g.ip('outbound_proxy_ip')} port 5060 and re-enter {g.pw('sip_password', 'prose', raw=pw)} once.
[{h}:08] {cust}: registered now :) can you also send the new provisioning link to {g.email('visitor_alt_email')}?
[{h}:09] {agent}: Done: https://prov.{dom.split('.', 1)[1]}/z/{g.key('provisioning_token', g.pick(['alnum32', 'b64url43']))} (valid 24h)
[{h}:10] {agent}: Anything else? You can reach us at {g.email('support_email')} too.
[{h}:10] {cust}: no thanks, bye
-- chat ended, rating 5/5, agent id {g.LK('agent_uuid', g.uuid_raw())}
"""
    return 'text', 'support/chat-transcript.txt', text


@T
def s3270_tso_script_py(g):
    phrase = g.pw_raw('plain', 'phrase')
    text = f'''#!/usr/bin/env python3
"""pull_reports.py - logs on to TSO through s3270, runs the report CLIST and fetches the output by FTP."""
import ftplib
import subprocess

HOST = "{g.ip4('lpar_ip')}"
USER = "RPTBAT{g.num(1, 9)}"
PASSPHRASE = "{g.pw('racf_passphrase', 'quoted', raw=phrase)}"   # RACF password phrase, rotated every 60 days
NOTIFY = "{g.email('notify_email')}"


def s3270(*cmds):
    p = subprocess.Popen(["s3270", "-model", "3279-4", "-trace"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    out, _ = p.communicate("\\n".join(cmds) + "\\nQuit\\n")
    return out


s3270(f"Connect(L:{{HOST}}:992)", "Wait(InputField)",
      f'String("LOGON {{USER}}")', "Enter", "Wait(InputField)",
      f'String("{{PASSPHRASE}}")', "Enter", "Wait(3270Mode)",
      'String("EXEC \\'RPT.CLIST(NIGHTLY)\\'")', "Enter", "Wait(10,Output)",
      'String("LOGOFF")', "Enter")

with ftplib.FTP_TLS("{g.ip('ftp_host_ip')}") as ftp:
    ftp.login("RPTBAT", "{g.pw('ftp_password', 'quoted')}")
    ftp.prot_p()
    ftp.sendcmd("SITE FILETYPE=SEQ LRECL=133 RECFM=FBA")
    with open("nightly.txt", "wb") as f:
        ftp.retrbinary("RETR 'RPT.NIGHTLY.OUTPUT'", f.write)
# x3270 trace files go to /var/log/x3270; test LPAR {g.private_ip()} uses the same user ({g.version()})
'''
    return 'python', 'batch/pull_reports.py', text


@T
def zowe_config_json(g):
    text = """{
    "$schema": "./zowe.schema.json",
    "profiles": {
        "lpar_prod": {
            "properties": {
                "host": "%s"
            },
            "profiles": {
                "zosmf": {"type": "zosmf", "properties": {"port": 443, "basePath": "/ibmzosmf/api/v1"}},
                "tso": {"type": "tso", "properties": {"account": "ACCT%d", "codePage": "1047", "logonProcedure": "IZUFPROC"}},
                "ssh": {"type": "ssh", "properties": {"port": 22, "privateKey": "~/.ssh/id_ed25519_zos"}}
            }
        },
        "lpar_test": {
            "properties": {"host": "%s"},
            "profiles": {"zosmf": {"type": "zosmf", "properties": {"port": 10443}}}
        },
        "endevor": {
            "type": "endevor",
            "properties": {"host": "%s", "port": 6002, "user": "%s", "password": "%s", "instance": "ENDEVOR"}
        },
        "base": {
            "type": "base",
            "properties": {
                "rejectUnauthorized": true,
                "user": "ZDEV%d",
                "password": "%s",
                "tokenType": "apimlAuthenticationToken",
                "tokenValue": "%s"
            },
            "secure": []
        }
    },
    "defaults": {"zosmf": "lpar_prod.zosmf", "tso": "lpar_prod.tso", "ssh": "lpar_prod.ssh", "base": "base"},
    "autoStore": true,
    "description": "team config, owner %s, CLI %s"
}
""" % (g.ip4('lpar_prod_ip'), g.num(1000, 9999), g.private_ip(), g.ip('endevor_host_ip'),
       g.email('endevor_user_email'), g.pw('endevor_password', 'quoted'), g.num(10, 99),
       g.pw('zosmf_password', 'quoted'), g.key('apiml_token', 'jwt'), g.email('owner_email'), g.version())
    return 'json', 'zowe.config.json', text


@T
def gnucobol_settle_cbl(g):
    text = f"""      >>SOURCE FORMAT FREE
*> NIGHTLY-SETTLE: nightly settlement extract for the branch ledger (GnuCOBOL + ocesql)
IDENTIFICATION DIVISION.
PROGRAM-ID. NIGHTLY-SETTLE.
AUTHOR. {g.person().upper()}.
DATA DIVISION.
WORKING-STORAGE SECTION.
    EXEC SQL BEGIN DECLARE SECTION END-EXEC.
01  WS-DB-USER      PIC X(30) VALUE "settle_batch".
01  WS-DB-PASS      PIC X(40) VALUE "{g.pw('db_password', 'quoted')}".
01  WS-DB-NAME      PIC X(60) VALUE "ledger@{g.ip4('db_host_ip')}:5432".
    EXEC SQL END DECLARE SECTION END-EXEC.
01  WS-SFTP-HOST    PIC X(40) VALUE "{g.ip('sftp_host_ip')}".
01  WS-SFTP-USER    PIC X(20) VALUE "settle".
01  WS-SFTP-PASS    PIC X(40) VALUE "{g.pw('sftp_password', 'quoted')}".
01  WS-API-TOKEN    PIC X(80) VALUE "{g.key('clearing_api_token', g.pick(['hex64', 'alnum40']))}".
01  WS-REPORT-TO    PIC X(60) VALUE "{g.email('report_to_email')}".
01  WS-TEST-HOST    PIC X(40) VALUE "{g.private_ip()}".
01  WS-BUILD        PIC X(12) VALUE "{g.version()}".
01  WS-CMD          PIC X(300).
    EXEC SQL INCLUDE SQLCA END-EXEC.
PROCEDURE DIVISION.
    EXEC SQL
        CONNECT :WS-DB-USER IDENTIFIED BY :WS-DB-PASS USING :WS-DB-NAME
    END-EXEC
    IF SQLCODE NOT = ZERO
        DISPLAY "CONNECT FAILED " SQLCODE
        STOP RUN
    END-IF
    STRING "curl -s -H 'X-Clearing-Token: " DELIMITED BY SIZE
           FUNCTION TRIM(WS-API-TOKEN) DELIMITED BY SIZE
           "' https://clearing.bancoop-rio.com.br/v1/settle" DELIMITED BY SIZE
           INTO WS-CMD
    CALL "SYSTEM" USING WS-CMD
    EXEC SQL COMMIT WORK END-EXEC
    EXEC SQL DISCONNECT ALL END-EXEC
    STOP RUN.
"""
    return 'cobol', 'batch/src/nightly-settle.cob', text


@T
def openvms_dcl_com(g):
    q3 = '"' * 3
    text = f"""$! NIGHTLY_XFER.COM - copies the day's claim files from the VAX cluster to the new Linux server
$! Submitted by: SUBMIT/AFTER="TOMORROW+02:00" NIGHTLY_XFER.COM
$ SET NOVERIFY
$ ON ERROR THEN GOTO FAIL
$ SET DEFAULT CLAIMS$DATA:[OUTBOUND]
$!
$! DECnet copy to the branch node (access control string in the node spec)
$ COPY CLAIMS_*.DAT BRANCH2"XFERUSR {g.pw('decnet_password', 'plain')}"::DKA100:[INBOUND]
$!
$! TCP/IP FTP to the new server
$ FTP {g.ip4('ftp_server_ip')} /USERNAME="claimsx" /PASSWORD="{g.pw('ftp_password', 'plain')}" /INPUT=SYS$LOGIN:FTP_CMDS.TXT
$!
$! archive to the tape library host
$ COPY/FTP CLAIMS_*.DAT "{g.ip('tape_host_ip')}""archive {g.pw('archive_ftp_password', 'plain')}""::/srv/tape/claims/"
$ MAIL/SUBJECT="Nightly transfer OK" NL: "SMTP%""{g.email('ops_mail')}{q3}
$ EXIT
$FAIL:
$ MAIL/SUBJECT="Nightly transfer FAILED" NL: "SMTP%""{g.email('oncall_mail')}{q3}
$ EXIT
$!
$! Node BRANCH2 = DECnet 1.{g.num(100, 900)}, Ethernet {g.mac('-')} ; IP of the gateway {g.private_ip()}
$! OpenVMS {g.version(f'V{g.num(7, 9)}.{g.num(0, 4)}')}
"""
    return 'dcl', 'sys$manager/nightly_xfer.com', text


@T
def autosar_secoc_arxml(g):
    ref = '/AUTOSAR_Csm/EcucModuleDefs/Csm/CsmKeys/CsmKey'
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<AUTOSAR xmlns="http://autosar.org/schema/r4.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ADMIN-DATA>
    <SDGS><SDG GID="generator"><SD GID="author">{g.email('author_email')}</SD><SD GID="tool-version">{g.version()}</SD></SDG></SDGS>
  </ADMIN-DATA>
  <AR-PACKAGES>
    <AR-PACKAGE>
      <SHORT-NAME>EcucConfig_TCU</SHORT-NAME>
      <ELEMENTS>
        <ECUC-MODULE-CONFIGURATION-VALUES>
          <SHORT-NAME>Csm</SHORT-NAME>
          <CONTAINERS>
            <ECUC-CONTAINER-VALUE>
              <SHORT-NAME>SecOC_Key_Powertrain</SHORT-NAME>
              <DEFINITION-REF DEST="ECUC-PARAM-CONF-CONTAINER-DEF">{ref}</DEFINITION-REF>
              <PARAMETER-VALUES>
                <ECUC-TEXTUAL-PARAM-VALUE>
                  <DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">{ref}/CsmKeyInitValue</DEFINITION-REF>
                  <VALUE>0x{g.key('secoc_key_init_value', 'hex32')}</VALUE>
                </ECUC-TEXTUAL-PARAM-VALUE>
              </PARAMETER-VALUES>
            </ECUC-CONTAINER-VALUE>
            <ECUC-CONTAINER-VALUE>
              <SHORT-NAME>Diag_SecurityAccess_L11</SHORT-NAME>
              <DEFINITION-REF DEST="ECUC-PARAM-CONF-CONTAINER-DEF">{ref}</DEFINITION-REF>
              <PARAMETER-VALUES>
                <ECUC-TEXTUAL-PARAM-VALUE>
                  <DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">{ref}/CsmKeyInitValue</DEFINITION-REF>
                  <VALUE>0x{g.key('security_access_secret', 'hex64')}</VALUE>
                </ECUC-TEXTUAL-PARAM-VALUE>
              </PARAMETER-VALUES>
            </ECUC-CONTAINER-VALUE>
          </CONTAINERS>
        </ECUC-MODULE-CONFIGURATION-VALUES>
        <ECUC-MODULE-CONFIGURATION-VALUES>
          <SHORT-NAME>TcpIp</SHORT-NAME>
          <CONTAINERS>
            <ECUC-CONTAINER-VALUE>
              <SHORT-NAME>TelematicsBackend</SHORT-NAME>
              <PARAMETER-VALUES>
                <ECUC-TEXTUAL-PARAM-VALUE><DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">/AUTOSAR_TcpIp/RemoteAddress</DEFINITION-REF><VALUE>{g.ip('telematics_backend_ip')}</VALUE></ECUC-TEXTUAL-PARAM-VALUE>
                <ECUC-TEXTUAL-PARAM-VALUE><DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">/AUTOSAR_TcpIp/LocalAddress</DEFINITION-REF><VALUE>{g.link_local_ip()}</VALUE></ECUC-TEXTUAL-PARAM-VALUE>
                <ECUC-TEXTUAL-PARAM-VALUE><DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">/AUTOSAR_TcpIp/DoIpTester</DEFINITION-REF><VALUE>{g.private_ip()}</VALUE></ECUC-TEXTUAL-PARAM-VALUE>
              </PARAMETER-VALUES>
            </ECUC-CONTAINER-VALUE>
          </CONTAINERS>
        </ECUC-MODULE-CONFIGURATION-VALUES>
      </ELEMENTS>
    </AR-PACKAGE>
  </AR-PACKAGES>
  <!-- prototype vehicle {g.LK('vin', 'WV1ZZZ' + g.upper(11).replace('I', '1').replace('O', '0').replace('Q', '9'))}; CAN id of SecOC PDU 0x{g.hexs(3, upper=True)} -->
</AUTOSAR>
"""
    return 'xml', 'config/EcucConfig_TCU.arxml', text


@T
def aktualizr_sota_toml(g):
    text = f"""# /etc/sota/conf.d/30-fleet.toml - OTA client of the delivery-van telematics unit
[tls]
server = "https://{g.IPu('gateway_ip')}:8443"
ca_source = "file"
pkey_source = "file"
cert_source = "file"

[provision]
server = "https://ota-provision.vanwerk-fleet.eu"
p12_password = "{g.pw('p12_password', 'quoted')}"
expiry_days = "36000"
provision_path = "/var/sota/credentials.zip"
primary_ecu_hardware_id = "tcu-imx8mm"
primary_ecu_serial = "{g.LK('ecu_serial', g.hexs(64))}"

[uptane]
director_server = "https://{g.IPu('director_ip')}:8443/director"
repo_server = "https://{g.IPu('image_repo_ip')}:8443/repo"
key_source = "file"
polling_sec = 300

[pacman]
type = "ostree"
os = "poky"
sysroot = "/sysroot"
ostree_server = "https://{g.IPu('treehub_ip')}:8443/treehub"

[storage]
path = "/var/sota"
type = "sqlite"

[telemetry]
report_network = true

# fleet-tool credentials used only in the workshop (remove before shipping):
# fleet_api_token = "{g.key('fleet_api_token', g.pick(['b64url43', 'jwt']))}"
# workshop_user = "{g.email('workshop_user_email')}"
# vehicle {g.LK('vin', 'WF0' + g.upper(14).replace('I', '1').replace('O', '0').replace('Q', '9'))}, image {g.sha256()}
"""
    return 'toml', 'etc/sota/conf.d/30-fleet.toml', text


@T
def leshan_bootstrap_json(g):
    imei1, imei2 = '35' + g.digits(13), '86' + g.digits(13)
    text = """{
  "urn:imei:%s": {
    "servers": {"0": {"shortId": %d, "lifetime": 300, "defaultMinPeriod": 1, "notifIfDisabled": true, "binding": "UQ"}},
    "security": {
      "0": {"uri": "coaps://%s:5784", "bootstrapServer": true, "securityMode": "PSK",
            "pskIdentity": "boot-%s", "pskKey": "%s"},
      "1": {"uri": "coaps://%s:5684", "bootstrapServer": false, "securityMode": "PSK",
            "pskIdentity": "dm-%s", "pskKey": "%s", "serverId": %d}
    },
    "note": "charger fleet pilot, owner %s"
  },
  "urn:imei:%s": {
    "servers": {"0": {"shortId": %d, "lifetime": 600, "binding": "U"}},
    "security": {
      "0": {"uri": "coap://%s:5683", "bootstrapServer": false, "securityMode": "NO_SEC",
            "serverPublicKey": "%s"}
    },
    "note": "bench unit, plain CoAP on the lab network"
  }
}
""" % (g.LK('imei', imei1), g.num(100, 999), g.IPu('bootstrap_server_ip'), imei1[-6:], g.key('bootstrap_psk', 'hex32'),
       g.IPu('dm_server_ip'), imei1[-6:], g.key('dm_psk', g.pick(['hex32', 'hex64'])), g.num(100, 999),
       g.email('owner_email'), g.LK('imei', imei2), g.num(100, 999), g.private_ip(),
       g.LK('public_key', g.b64(91)))
    return 'json', 'leshan/bootstrap.json', text


@T
def ovms_console_transcript(g):
    text = f"""OVMS# config set vehicle id {g.pick(['VANBLU1', 'LEAFGRN', 'ZOETAXI'])}
OVMS# config set password module {g.pw('module_password', 'plain')}
OVMS# config set server.v2 server {g.ip('v2_server_ip')}
OVMS# config set server.v2 password {g.pw('v2_server_password', 'plain')}
OVMS# config set server.v3 server ovms.{g.pick(['roadcharge-fleet.net', 'kereru-ev.co.nz', 'rekkevidde.no'])}
OVMS# config set server.v3 user {g.email('v3_user_email')}
OVMS# config set server.v3 password {g.pw('v3_server_password', 'plain')}
OVMS# config set wifi.ssid DepotWLAN {g.pw('wifi_password', 'plain')}
OVMS# config set modem apn internet.fleet
OVMS# config set notify webhook.url https://hooks.fleetdesk.io/ovms?key={g.key('webhook_key', g.pick(['alnum32', 'hex40']))}
OVMS# network list
Interface#3: pp3 (ifup=1 linkup=1)
  IPv4: {g.shared_ip()}/32 gateway {g.LK('private_ip', '10.64.64.64')}
Interface#2: st1 (ifup=1 linkup=1)
  IPv4: {g.private_ip()}/24 gateway {g.private_ip()}
OVMS# metrics list m.hardware
m.hardware OVMS WIFI BLE BT cores=2 rev=ESP32/3; MAC:{g.mac()}
OVMS# ota status
Firmware:          {g.version()}-ota_0
Server Available:  {g.version()}
OVMS# # remote support tunnel was opened from {g.ip4('support_tunnel_ip')} by {g.email('support_engineer_email')}
"""
    return 'text', 'logs/ovms-console.txt', text


@T
def citrineos_charger_seed_sql(g):
    text = f"""-- V20{g.num(24, 25)}{g.num(1, 12):02d}{g.num(1, 28):02d}_03__seed_depot_chargers.sql
-- Seeds the depot chargers into the CSMS database (CitrineOS schema). Apply once per environment.
BEGIN;

INSERT INTO "ChargingStations" ("id", "isOnline", "locationId", "createdAt", "updatedAt")
VALUES ('DEPOT-CS-01', false, 1, now(), now()),
       ('DEPOT-CS-02', false, 1, now(), now()),
       ('DEPOT-CS-03', false, 1, now(), now());

-- OCPP 2.0.1 security profile 2: HTTP basic auth per station
INSERT INTO "VariableAttributes" ("stationId", "componentName", "variableName", "type", "value")
VALUES ('DEPOT-CS-01', 'SecurityCtrlr', 'BasicAuthPassword', 'Actual', '{g.pw('basic_auth_password', 'quoted')}'),
       ('DEPOT-CS-02', 'SecurityCtrlr', 'BasicAuthPassword', 'Actual', '{g.pw('basic_auth_password', 'quoted')}');

-- the OCPP 1.6 unit still uses the AuthorizationKey (hex)
INSERT INTO "VariableAttributes" ("stationId", "componentName", "variableName", "type", "value")
VALUES ('DEPOT-CS-03', 'SecurityCtrlr', 'AuthorizationKey', 'Actual', '{g.key('ocpp_authorization_key', 'hex40')}');

-- CSMS endpoints announced to the stations
UPDATE "ChargingStations" SET "csmsUrl" = 'wss://{g.IPu('csms_ip')}:8092/ws/' WHERE "locationId" = 1;

-- depot operator login (password stored hashed)
INSERT INTO "Users" ("email", "passwordHash", "role")
VALUES ('{g.email('operator_email')}', '{g.hashed_pw('bcrypt')}', 'operator');

-- RFID cards of the drivers (card UIDs are not secret)
INSERT INTO "IdTokens" ("idToken", "type") VALUES ('{g.LK('rfid_uid', g.hexs(14, upper=True))}', 'ISO14443'),
                                              ('{g.LK('rfid_uid', g.hexs(8, upper=True))}', 'ISO14443');
-- roaming hub credentials (OCPI token A)
INSERT INTO "ServerNetworkProfiles" ("id", "host", "port", "pathPrefix", "token")
VALUES ('ocpi-hub', '{g.ip('roaming_hub_ip')}', 443, '/ocpi/2.2.1', '{g.key('ocpi_token_a', 'uuid')}');
COMMIT;
-- author {g.email('author_email')} ; staging db {g.private_ip()}
"""
    return 'sql', 'migrations/seed_depot_chargers.sql', text
