"""Templates for held-out set 43, part d (vendor-prefixed tokens in developer files). Each written by hand."""


def lein_profiles_clj(g):
    return "home/.lein/profiles.clj", "clojure", f''';; user-wide Leiningen profiles ({g.res_email('template')} wrote the template)
{{:user {{:plugins [[lein-ancient "{g.version()}"]]
        :signing {{:gpg-key "{g.X('pgp_key_id', g.hexs(16, True))}"}}}}
 :auth {{:repository-auth
        {{#"clojars" {{:username "{g.user()}"
                     :password "{g.K('clojars_deploy_token', shape='clojars')}"}}
         #"https://maven\\.{g.org()}\\.eu/.*" {{:username "{g.E('maven_user')}"
                                              :password "{g.P('maven_password', ctx='quoted')}"}}}}}}}}
'''


def tracker_export_script(g):
    site = g.org()
    return "tools/tracker-export.sh", "shell", f'''#!/usr/bin/env bash
# Export the sprint board as CSV for the weekly report.
set -euo pipefail
TRACKER_USER="{g.E('tracker_user')}"
TRACKER_TOKEN="{g.K('atlassian_api_token', shape='atatt')}"
BOARD=42
# token made in the account's security page (CLI {g.version()} needs it); rotate yearly, token id {g.uuid_x('token_uuid')}
curl -sS -u "$TRACKER_USER:$TRACKER_TOKEN" \\
  "https://{site}.atlassian.net/rest/agile/1.0/board/$BOARD/issue?maxResults=200" \\
  | jq -r '.issues[] | [.key, .fields.summary, .fields.status.name] | @csv' > sprint.csv
# the report goes to the steering list
mail -s "sprint export" {g.E('steering_list')} < sprint.csv
'''


def easypost_rb(g):
    return "lib/shipping/label_client.rb", "ruby", f'''# frozen_string_literal: true

require "easypost"

module Shipping
  class LabelClient
    # test-mode key; production key comes from ENV["SHIP_API_KEY"]
    TEST_KEY = "{g.K('shipping_test_key', shape='eztk')}"

    def initialize(key = ENV.fetch("SHIP_API_KEY", TEST_KEY))
      @client = EasyPost::Client.new(api_key: key)
    end

    # the sandbox's sample tracker: {g.X('tracking_code', 'EZ' + g.alnum(10, '0123456789') + 'ZZ')}
    def from_address
      {{ company: "{g.org().capitalize()} Ceramics", street1: "Harbour Road 4", city: "Cork",
        country: "IE", email: "{g.E('warehouse_email')}", phone: "+353 21 {g.num(100, 999)} {g.num(1000, 9999)}" }}
    end
  end
end
'''


def yc_cli_transcript(g):
    return "notes/cloud-cli-session.txt", "text", f'''$ yc config list
token: {g.K('oauth_token', shape='yciam')}
cloud-id: {g.X('cloud_id', 'b1g' + g.alnum(17, 'abcdefghijklmnopqrstuv0123456789'))}
folder-id: {g.X('folder_id', 'b1g' + g.alnum(17, 'abcdefghijklmnopqrstuv0123456789'))}
compute-default-zone: ru-central1-a
$ yc version
CLI {g.version()} linux/amd64
$ yc iam access-key create --service-account-name backup-sa
access_key:
  id: {g.X('key_id', 'aje' + g.alnum(17, 'abcdefghijklmnopqrstuv0123456789'))}
  service_account_id: {g.X('service_account_id', 'aje' + g.alnum(17, 'abcdefghijklmnopqrstuv0123456789'))}
  created_at: "2026-11-{g.num(10, 28)}T09:{g.num(10, 59)}:41.{g.num(100000, 999999)}Z"
  key_id: {g.K('static_key_id', shape='ycid')}
secret: {g.K('static_key_secret', shape='ycsec')}
$ yc iam api-key create --service-account-name search-sa
secret: {g.K('api_key', shape='aqvn')}
$ yc compute instance get backup-01 --format json | jq -r '.network_interfaces[0].primary_v4_address'
{{"address": "{g.priv()}", "one_to_one_nat": {{"address": "{g.IP4('nat_address')}"}}}}
'''


def plaid_node(g):
    return "server/bank-link.js", "javascript", f'''// Exchange the public token for an access token and store it per household.
const {{ Configuration, PlaidApi, PlaidEnvironments }} = require("plaid");

const config = new Configuration({{
  basePath: PlaidEnvironments.sandbox,
  baseOptions: {{
    headers: {{
      "PLAID-CLIENT-ID": "{g.X('client_id', g.hexs(24))}",
      "PLAID-SECRET": "{g.K('client_secret', shape='hex32')}",
    }},
  }},
}});
const client = new PlaidApi(config);
// item id from the same session: {g.X('item_id', g.alnum(37))}

// token captured while debugging the "{g.person()}" household, kept for the regression test
const FIXTURE_ACCESS_TOKEN = "{g.K('bank_access_token', shape='plaid')}";

module.exports = {{ client, FIXTURE_ACCESS_TOKEN, supportAddress: "{g.E('support_address')}" }};
'''


def meta_env(g):
    return "apps/social-poster/.env.production", "env", f'''# Page publishing
PAGE_ID={g.num(10**14, 10**15 - 1)}
PAGE_ACCESS_TOKEN={g.K('page_access_token', shape='eaac')}
APP_ID={g.X('application_id', str(g.num(10**14, 10**15 - 1)))}
APP_SECRET={g.K('app_secret', shape='hex32')}
# design exports for the post images
DESIGN_API_TOKEN={g.K('design_api_token', shape='figu')}
ALERT_EMAIL={g.E('alert_email')}
# sample from the docs: PAGE_ACCESS_TOKEN={g.placeholder('<PAGE_ACCESS_TOKEN>')}
GIT_SHA={g.sha1()}
'''


def ory_tf(g):
    return "infra/identity/main.tf", "hcl", f'''terraform {{
  required_providers {{
    ory = {{
      source  = "ory/ory"
      version = "~> {g.version(2)}"
    }}
  }}
}}

provider "ory" {{
  # workspace key; move to TF_VAR before the repo goes public
  workspace_api_key = "{g.K('workspace_api_key', shape='orypat')}"
  project_id        = "{g.uuid_x('project_uuid')}"
}}

resource "ory_identity" "ops_admin" {{
  schema_id = "default"
  traits = jsonencode({{ email = "{g.E('admin_identity')}" }})
  password = "{g.P('identity_password', ctx='quoted')}"
}}

resource "ory_oauth2_client" "dash" {{
  # client id after apply: {g.uuid_x("oauth_client_uuid")}
  client_name   = "dashboard"
  redirect_uris = ["https://dash.{g.org()}.eu/callback"]
  # allowed egress for the webhook: {g.IP('webhook_egress')}
}}
'''


def op_service_account_ci(g):
    return ".forgejo/workflows/release.yml", "yaml", f'''name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: docker
    env:
      # service account token with read access to the "release" vault only
      OP_SERVICE_ACCOUNT_TOKEN: {g.K('service_account_token', shape='ops')}
      SIGNING_PASSPHRASE: {g.ref('${{ secrets.SIGNING_PASSPHRASE }}')}
    steps:
      - uses: actions/checkout@{g.sha1()}
      - run: op read "{g.ref('op://release/registry/password')}" | docker login registry.{g.org()}.eu -u ci --password-stdin
      - run: ./scripts/publish.sh --notify {g.E('release_notify')} --mirror {g.IP('mirror_host')}
'''


TEMPLATES = [
    ("lein_profiles_clj", lein_profiles_clj),
    ("tracker_export_sh", tracker_export_script),
    ("shipping_label_rb", easypost_rb),
    ("cloud_cli_transcript", yc_cli_transcript),
    ("bank_link_js", plaid_node),
    ("social_poster_env", meta_env),
    ("identity_main_tf", ory_tf),
    ("release_workflow_yml", op_service_account_ci),
]
