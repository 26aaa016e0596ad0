"""codelm redact on the forms in which real code writes passwords and keys beyond ``NAME = "value"``: command
lines, SQL, login and connect calls, auth pairs, connection strings inside code, declared secrets with their
defaults, prose (comments, docstrings, Markdown), WordPress-style key constants; and the classes of real-code
look-alikes that must stay (byte dumps, versions and object identifiers, "pass" inside a name). Several
variants per class; every value is synthetic."""

from __future__ import annotations

import base64

import pytest

from codelm.pipeline.redact import RedactConfig, Redactor

REDACTOR = Redactor(RedactConfig())
PW = "Vq7#pL2x!m"
PW2 = "t4Rk9wQz"


def found(text: str, path: str) -> list[tuple[str, str]]:
    return [(finding.tag, text[finding.start : finding.end]) for finding in REDACTOR.find(text, path)]


# ------------------------------------------------------------------------------------------- command lines
@pytest.mark.parametrize(
    "path, text",
    [
        ("deploy.sh", f"mysql -u root -p{PW2} app < dump.sql"),
        ("deploy.sh", f"mysqldump --user=backup -p'{PW}' --all-databases > all.sql"),
        ("backup.py", f'subprocess.run(["mysql", "-u", "root", "-p{PW2}", "app"])'),
        ("Dockerfile", f"RUN sshpass -p '{PW}' scp dump.sql deploy@10.0.0.5:/srv"),
        ("ops.md", f"    sshpass -p {PW2} ssh admin@10.0.0.7"),
        ("cache.sh", f"redis-cli -h cache.local -a {PW2} ping"),
        ("ci.yml", f"  - docker login -u ci-bot -p {PW2} registry.local"),
        ("setup.sh", f'mongosh --host db -u admin -p "{PW}" --authenticationDatabase admin'),
        ("ldap.sh", f"ldapsearch -x -D cn=admin,dc=corp -w {PW2} -b dc=corp"),
        ("sql.ps1", f'sqlcmd -S db01 -U sa -P "{PW}" -Q "SELECT 1"'),
        ("bmc.sh", f"ipmitool -I lanplus -H 10.0.0.9 -U admin -P {PW2} power status"),
        ("api.sh", f"curl -u deploy:{PW2} https://ci.local/api/json"),
        ("api.py", f'os.system("curl --user deploy:{PW2} https://ci.local/api")'),
        ("share.sh", f"smbclient //files/share -U backup%{PW2} -c ls"),
        ("web.sh", f"htpasswd -bc /etc/nginx/.htpasswd admin {PW2}"),
        ("web.sh", f"htpasswd -nb admin {PW2} >> users"),
        ("mq.sh", f"rabbitmqctl add_user app {PW2}"),
        ("tls.sh", f"openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:{PW2}"),
        ("backup.sh", f"7z a -p{PW2} backup.7z /srv/data"),
        ("unpack.sh", f"unzip -P {PW2} bundle.zip"),
        ("ora.sh", f"sqlplus scott/{PW2}@orcl @report.sql"),
        ("run.py", f'cmd = "app --db-password={PW2} --verbose"'),
        ("run.js", f"exec(`mycli --password {PW2} --host db`)"),
        ("keys.sh", f"keytool -importkeystore -srcstorepass {PW2} -deststorepass {PW2}x"),
    ],
)
def test_passwords_on_command_lines(path, text):
    values = [value for tag, value in found(text, path) if tag == "PASSWORD"]
    assert values and all(value.startswith((PW, PW2)) for value in values), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("run.sh", "mysql -u root -p app < dump.sql"),  # -p alone: mysql asks for the password
        ("run.sh", 'mysql -u root -p"$DB_PASSWORD" app'),
        ("run.sh", "sshpass -p $SSH_PASS ssh host"),
        ("run.sh", "redis-cli -a ${REDIS_PASSWORD} ping"),
        ("run.sh", "docker run -p 8080:80 -p 443:443 nginx"),
        ("run.sh", "curl -u admin: https://ci.local/api"),
        ("run.sh", "ssh -p 2222 deploy@10.0.0.5"),
        ("run.sh", "zip -r bundle.zip src/"),
        ("app.py", "pairs = zip(names, values)"),
    ],
)
def test_command_lines_without_a_password_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == []


# --------------------------------------------------------------------------------------------------- SQL
@pytest.mark.parametrize(
    "path, text",
    [
        ("init.sql", f"CREATE USER 'app'@'localhost' IDENTIFIED BY '{PW}';"),
        ("init.sql", f"ALTER USER 'root'@'%' IDENTIFIED WITH mysql_native_password BY '{PW}';"),
        ("init.sql", f"GRANT ALL ON app.* TO 'app'@'%' IDENTIFIED BY \"{PW}\";"),
        ("ora.sql", f"CREATE USER scott IDENTIFIED BY {PW2};"),
        ("pg.sql", f"CREATE ROLE app WITH LOGIN PASSWORD '{PW}';"),
        ("pg.sql", f"ALTER USER postgres WITH ENCRYPTED PASSWORD '{PW}';"),
        ("pg.sql", f"CREATE USER reporter\n  WITH LOGIN\n  PASSWORD '{PW}';"),
        ("migrate.py", f"cursor.execute(\"CREATE USER app WITH PASSWORD '{PW}'\")"),
        ("init.sql", f"SET PASSWORD FOR 'app'@'localhost' = PASSWORD('{PW}');"),
        ("mssql.sql", f"CREATE LOGIN app WITH PASSWORD = '{PW}';"),
    ],
)
def test_passwords_in_sql(path, text):
    assert [value for tag, value in found(text, path) if tag == "PASSWORD"] == [PW if PW in text else PW2]


@pytest.mark.parametrize(
    "text",
    [
        "CREATE USER app IDENTIFIED BY PASSWORD '*A4B6157319038724E3560894F7F932C8886EBFCF';",
        "CREATE USER app IDENTIFIED BY :password;",
        "ALTER ROLE app PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';",
        "ALTER ROLE app PASSWORD NULL;",
        "SELECT password FROM users WHERE name = 'bob';",
        "CREATE USER app IDENTIFIED BY %s",
    ],
)
def test_sql_without_a_password_stays(text):
    assert [tag for tag, _ in found(text, "q.sql") if tag == "PASSWORD"] == []


# ------------------------------------------------------------------------------- calls and auth pairs
@pytest.mark.parametrize(
    "path, text",
    [
        ("mail.py", f'server.login("alerts@corp-mail.io", "{PW}")'),
        ("ftp.py", f"ftp.login('deploy', '{PW}')"),
        ("ftp.py", f"ftp = ftplib.FTP('ftp.corp.local', 'deploy', '{PW}')"),
        ("db.php", f'$link = mysqli_connect("localhost", "root", "{PW}", "shop");'),
        ("db.php", f"$pdo = new PDO($dsn, 'shop', '{PW}');"),
        ("Db.java", f'Connection c = DriverManager.getConnection(url, "sa", "{PW}");'),
        ("ssh.py", f'client.connect("10.0.0.5", 22, "deploy", "{PW}")'),
        ("db.py", f'conn = pymysql.connect("db.local", "report", "{PW}", "sales")'),
        ("http.py", f'r = requests.get(url, auth=HTTPBasicAuth("api", "{PW}"))'),
        ("Net.cs", f'var cred = new NetworkCredential("svc_backup", "{PW}");'),
        ("Auth.java", f'new PasswordAuthentication("mailer", "{PW}".toCharArray())'),
        ("mail.go", f'auth := smtp.PlainAuth("", "alerts@corp-mail.io", "{PW}", "smtp.corp-mail.io")'),
        ("http.py", f'r = requests.get(url, auth=("api", "{PW}"))'),
        ("http.py", f"session.auth = ('deploy', '{PW}')"),
        ("client.rb", f'conn.basic_auth("deploy", "{PW}")'),
    ],
)
def test_passwords_given_to_login_and_connect_calls(path, text):
    assert [value for tag, value in found(text, path) if tag == "PASSWORD"] == [PW]


@pytest.mark.parametrize(
    "path, text",
    [
        ("app.py", "login(request, user)"),
        ("app.py", "client.login(username, password)"),
        ("ui.py", 'button.connect("clicked", self.on_click, "payload")'),
        ("app.js", 'handler.bind(this, "user", "value")'),
        ("net.py", 'sock.connect(("10.0.0.5", 8080))'),
        ("db.py", 'sqlite3.connect("app.db")'),
        ("http.py", 'auth = ("api", os.environ["API_PASSWORD"])'),
        ("http.py", "requests.get(url, auth=(user, password))"),
        ("mail.py", 'server.login(user, "")'),
    ],
)
def test_calls_without_a_literal_password_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == []


@pytest.mark.parametrize("credentials", ["deploy:" + PW, "api-user:" + PW2])
def test_http_basic_credentials_are_a_key(credentials):
    # The base64 of user:password is sent as a token; the held-out sets label it KEY (it was PASSWORD before).
    encoded = base64.b64encode(credentials.encode()).decode()
    for text in (f'headers = {{"Authorization": "Basic {encoded}"}}', f"Authorization: basic {encoded}"):
        assert found(text, "client.py") == [("KEY", encoded)]


def test_basic_without_credentials_stays():
    assert found('kind = "Basic authentication"', "a.py") == []
    assert found("Authorization: Basic dGV4dHdpdGhvdXRjb2xvbg==", "a.py") == []  # "textwithoutcolon"


# ----------------------------------------------------------------------------- connection strings in code
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("Db.cs", f'var cs = "Server=db01;Database=shop;User Id=sa;Password={PW2};";', PW2),
        ("db.py", f'dsn = "DRIVER={{ODBC Driver 18}};SERVER=db;UID=app;PWD={PW2}"', PW2),
        ("db.py", f'conn = psycopg2.connect("host=db port=5432 user=app password={PW2} dbname=shop")', PW2),
        ("Db.java", f'String url = "jdbc:mysql://db:3306/shop?user=app&password={PW2}&useSSL=true";', PW2),
        ("app.py", f'os.environ.update({{"X": "1"}}); os.putenv("DB_PASSWORD={PW2}")', PW2),
        ("ci.py", f'env = ["PGPASSWORD={PW2}", "PGUSER=app"]', PW2),
    ],
)
def test_passwords_inside_key_value_strings_in_code(path, text, value):
    assert [found_value for tag, found_value in found(text, path) if tag == "PASSWORD"] == [value]


# ----------------------------------------------------------------------- declared secrets with defaults
@pytest.mark.parametrize(
    "path, text, tag, value",
    [
        ("variables.tf", f'variable "db_password" {{\n  type      = string\n  default   = "{PW}"\n}}', "PASSWORD", PW),
        ("variables.tf", f'variable "admin_password" {{ default = "{PW}" }}', "PASSWORD", PW),
        ("cli.py", f'parser.add_argument("--password", default="{PW}", help="database password")', "PASSWORD", PW),
        ("cli.py", f'@click.option(\n    "--db-password",\n    default="{PW}",\n)', "PASSWORD", PW),
        (
            "stack.yaml",
            f"Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: {PW2}\n",
            "PASSWORD",
            PW2,
        ),  # fmt: skip
        (
            "deploy.yaml",
            f'env:\n  - name: DB_PASSWORD\n    value: "{PW}"\n  - name: LOG\n    value: debug\n',
            "PASSWORD",
            PW,
        ),  # fmt: skip
        ("task.json", f'{{"name": "DB_PASSWORD", "value": "{PW}"}}', "PASSWORD", PW),
        (
            "deploy.sh",
            f"aws cloudformation deploy --parameter-overrides ParameterKey=DbPassword,ParameterValue={PW2}",
            "PASSWORD",
            PW2,
        ),  # fmt: skip
        (
            "schema.json",
            '"apiToken": {"type": "string", "default": "Zq8vN3xK1pL7mR4tW2aa"}',
            "KEY",
            "Zq8vN3xK1pL7mR4tW2aa",
        ),  # fmt: skip
    ],
)
def test_defaults_of_declared_secrets(path, text, tag, value):
    assert found(text, path) == [(tag, value)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("variables.tf", 'variable "db_password" {\n  type      = string\n  sensitive = true\n}'),
        ("variables.tf", 'variable "db_password" { default = "" }'),
        ("cli.py", 'parser.add_argument("--password", default=None, help="database password")'),
        ("cli.py", 'parser.add_argument("--password", default=os.environ.get("PW"))'),
        ("deploy.yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: pw}\n"),
        ("app.py", "def login(self, password):\n    value = compute(password)\n"),
    ],
)
def test_declared_secrets_without_a_literal_default_stay(path, text):
    assert found(text, path) == []


# ---------------------------------------------------------------------------------------------- prose
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("db.py", f"# password: {PW2}\nconn = connect()", PW2),
        ("db.py", f"// the default password is {PW2}.\nconnect();", PW2),
        ("Db.java", f"/*\n * Test credentials: user admin, password={PW2}\n */", PW2),
        ("client.py", f'def connect():\n    """Log in.\n\n    The sandbox password is {PW2}\n    """', PW2),
        ("README.md", f"- **Password:** `{PW}`", PW),
        ("README.md", f"**Password**: {PW2}", PW2),
        ("notes.txt", f"admin password: {PW2}", PW2),
    ],
)
def test_passwords_in_comments_docstrings_and_markdown(path, text, value):
    assert [found_value for tag, found_value in found(text, path) if tag == "PASSWORD"] == [value]


@pytest.mark.parametrize(
    "path, text",
    [
        ("db.py", "# password: required\nconn = connect()"),
        ("db.py", "# the password is hashed with bcrypt before it is stored"),
        ("db.py", "# password: see settings.DB_PASSWORD"),
        ("db.py", "# password is None when the user logs in with a key"),
        ("client.py", 'def f(password):\n    """The password is checked against db_password."""'),
        ("README.md", "- **Password:** the one you chose at sign-up"),
        ("db.py", "if password is None:\n    raise ValueError"),
    ],
)
def test_prose_about_passwords_stays(path, text):
    assert found(text, path) == []


# ----------------------------------------------------------------------------------- key material
WP_SALT = "j/xM<L|9r]T+ 0d^Yc`t2@?wH-q5n!F;v3S#kB%z&8u(e)G{R}a~"


@pytest.mark.parametrize(
    "path, name",
    [
        ("wp-config.php", "AUTH_KEY"),
        ("wp-config.php", "LOGGED_IN_KEY"),
        ("wp-config.php", "NONCE_KEY"),
        ("wp-config.php", "NONCE_SALT"),
        ("wp-config.php", "SECURE_AUTH_SALT"),
    ],  # fmt: skip
)
def test_generated_key_constants_with_spaces_and_symbols(path, name):
    assert found(f"define( '{name}', '{WP_SALT}' );", path) == [("KEY", WP_SALT)]


@pytest.mark.parametrize(
    "text",
    [
        'CACHE_KEY = "users:profile:v2"',
        'PRIMARY_KEY = "id"',
        'SORT_KEY = "created_at"',
        'SALT = "static"',
        'HASH_SALT = "0123456789abcdef0123456789abcdef"',
    ],  # fmt: skip
)
def test_key_constants_holding_names_stay(text):
    assert found(text, "settings.py") == []


KEY_ID = "df2713973cddc3e211f92f5a235d0de839fd6206"
AWS_SECRET_WITH_SLASH = "/Hx7Lq2mZ9vR4tB8nW3kP6sJ1dF5gY0cA2eT7uI9"


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "SECRET_KEY = 'django-insecure-k3j%s-9x!a(q*zr7=1+w)$v0b@n5m#c^e&y2u_4t6p8o'",
            "django-insecure-k3j%s-9x!a(q*zr7=1+w)$v0b@n5m#c^e&y2u_4t6p8o",
        ),  # fmt: skip
        (
            "SECRET_KEY = 'k3j%(9x!a)q*zr7=1+w$v0b@n5m#c^e&y2u_4t6p8o-z'",
            "k3j%(9x!a)q*zr7=1+w$v0b@n5m#c^e&y2u_4t6p8o-z",
        ),  # fmt: skip
        (f'"private_key_id": "{KEY_ID}"', KEY_ID),
        (f"aws_secret_access_key = {AWS_SECRET_WITH_SLASH}", AWS_SECRET_WITH_SLASH),
    ],
)
def test_key_material_holding_template_or_path_characters(text, value):
    assert found(text, "settings.py" if "SECRET" in text else "credentials") == [("KEY", value)]


def test_base64_of_a_private_key_block_is_a_key():
    pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx" + "Q9vR4tB8" * 30 + "\n-----END RSA PRIVATE KEY-----\n"
    encoded = base64.b64encode(pem.encode()).decode()
    assert found(f"  tls.key: {encoded}\n", "secret.yaml") == [("KEY", encoded)]
    certificate = pem.replace("RSA PRIVATE KEY", "CERTIFICATE")
    assert found(f"  tls.crt: {base64.b64encode(certificate.encode()).decode()}\n", "secret.yaml") == []


# ------------------------------------------------------------------- more places a password is written
@pytest.mark.parametrize(
    "path, text",
    [
        ("run.sh", f'echo "{PW}" | sudo -S apt-get update'),
        ("run.sh", f"echo {PW2} | passwd --stdin deploy"),
        ("run.sh", f'echo "deploy:{PW2}" | chpasswd'),
        ("ci.yml", f'  - echo "{PW}" | docker login -u bot --password-stdin registry.local'),
        ("user.sh", f"openssl passwd -6 {PW2}"),
        ("rdp.sh", f"rdesktop -u admin -p {PW2} 10.0.0.5"),
        ("Dockerfile", f"ENV DB_PASSWORD {PW2}"),
        ("cache.sh", f"redis-cli config set requirepass {PW2}"),
        ("deploy.py", f'subprocess.run("docker run -e DB_PASSWORD={PW2} app", shell=True)'),
        ("db.py", f'conn = psycopg2.connect("password={PW2} host=db user=app")'),
    ],
)
def test_passwords_piped_set_or_given_in_command_strings(path, text):
    values = [value for tag, value in found(text, path) if tag in ("PASSWORD", "KEY")]
    assert values and all(value.startswith((PW, PW2)) for value in values), found(text, path)


def test_a_key_given_to_a_set_command():
    text = f"aws configure set aws_secret_access_key {AWS_SECRET_WITH_SLASH[1:]}"
    assert found(text, "setup.sh") == [("KEY", AWS_SECRET_WITH_SLASH[1:])]


@pytest.mark.parametrize(
    "path, text",
    [
        ("run.sh", "echo $TOKEN | docker login -u bot --password-stdin"),
        ("run.sh", "echo hello | grep h"),
        ("run.sh", 'echo "$PASSWORD" | sudo -S true'),
        ("Dockerfile", "ENV DB_PASSWORD_FILE /run/secrets/db"),
        ("deploy.py", 'subprocess.run(f"docker run -e DB_PASSWORD={password} app")'),
    ],
)
def test_piped_or_set_references_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == []


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("db.py", "password = 'it\\'s-Xk9pQ2'", "it\\'s-Xk9pQ2"),
        ("db.js", 'const password = "Xk9\\"pQ2mLz";', 'Xk9\\"pQ2mLz'),
        ("ks.cfg", f"rootpw = '{PW2}'", PW2),
        ("app.py", f'PASS_WORD = "{PW2}"', PW2),
        ("app.py", f'admin_pass_phrase = "{PW2}"', PW2),
    ],
)
def test_escaped_quotes_and_name_spellings(path, text, value):
    assert found(text, path) == [("PASSWORD", value)]


# -------------------------------------------------------------------- versions written as coordinates
VERSION = "11.22.33.44"


@pytest.mark.parametrize(
    "text",
    [
        f"implementation 'com.acme:widget:{VERSION}'",
        f"    <dependency>com.acme.tools:parser:{VERSION}</dependency>",
        f"image: acme/api:{VERSION}",
        f"FROM registry.io/base/python:{VERSION}",
        f"npm install @acme/cli@{VERSION}",
        f"<key>CFBundleShortVersionString</key>\n\t<string>{VERSION}</string>",
        f'$v = [version]"{VERSION}"',
        f" * @since {VERSION}",
        f"git tag {VERSION}",
    ],
)
def test_versions_in_package_coordinates_and_tags(text):
    assert found(text, "build.txt") == []


@pytest.mark.parametrize("text", [f"ssh root@{VERSION}", f"host: {VERSION}", f"hosts = ['x', '{VERSION}']"])
def test_addresses_near_coordinate_syntax_are_found(text):
    assert found(text, "inventory.txt") == [("IP_ADDRESS", VERSION)]


@pytest.mark.parametrize(
    "text",
    [
        'SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl deploy@ci"',
        'DEPLOY_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC8ddrhm+LutBvjYcQlnH21PPIseJ1JVG2HMmN2 ops@host"',
        'api_token = "AAAAB3NzaC1yc2EAAAADAQABAAABAQC8ddrhm+LutBvjYcQlnH21PPIseJ1JVG2HMmN2"',
    ],
)
def test_openssh_public_keys_are_no_secrets(text):
    assert found(text, "keys.py") == []


# ------------------------------------------------------------------- assignments in more languages' syntax
@pytest.mark.parametrize(
    "path, text",
    [
        ("config.h", f'#define WIFI_PASSWORD "{PW}"'),
        ("secrets.h", f'#  define DB_PASS "{PW}"'),
        ("auth.c", f'static char passwd[] = "{PW}";'),
        ("auth.c", f'char admin_pwd[32] = "{PW}";'),
        ("Login.m", f'NSString *password = @"{PW}";'),
        ("Db.cs", f'string connPassword = @"{PW}";'),
        ("db.R", f'db_password <- "{PW}"'),
        ("Db.vb", f'Dim password As String = "{PW}"'),
        ("Db.vb", f'Private Const DbPassword As String = "{PW}"'),
    ],
)
def test_assignments_in_c_objective_c_r_and_basic(path, text):
    assert found(text, path) == [("PASSWORD", PW)]


@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.xml", f"<server><id>repo</id><username>ci</username><password>{PW}</password></server>", PW),
        ("context.xml", f"  <db.password>{PW}</db.password>", PW),
        ("app.xml", f'<entry key="password">{PW}</entry>', PW),
        ("beans.xml", f'<property name="smtpPassword">{PW2}</property>', PW2),
    ],
)
def test_passwords_in_xml_elements(path, text, value):
    assert found(text, path) == [("PASSWORD", value)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("pom.xml", "<password>${env.REPO_PASSWORD}</password>"),
        ("form.html", "<label>Password</label>"),
        ("form.xml", "<passwordField>required</passwordField>"),
        ("doc.xml", "<passthrough>true</passthrough>"),
    ],
)
def test_xml_elements_without_a_password_stay(path, text):
    assert found(text, path) == []


# ------------------------------------------------------------------ setters, auth calls, typed passwords
@pytest.mark.parametrize(
    "path, text",
    [
        ("setup.py", f'config.set("database", "password", "{PW}")'),
        ("setup.py", f"parser.set('smtp', 'smtp_pass', '{PW}')"),
        ("keys.py", f'keyring.set_password("deploy-svc", "deploy", "{PW}")'),
        ("ssh.php", f'ssh2_auth_password($conn, "deploy", "{PW}");'),
        ("ftp.php", f'ftp_login($conn, "deploy", "{PW}");'),
        ("mq.py", f'creds = pika.PlainCredentials("guest", "{PW}")'),
        ("ssh.py", f's.login("ssh.corp-mail.io", "deploy", "{PW}")'),
        ("seed.py", f'User.objects.create_user("bob", "bob@corp-mail.io", "{PW}")'),
        ("seed.py", f'User.objects.create_superuser("admin", "admin@corp-mail.io", "{PW}")'),
        ("ora.py", f'conn = cx_Oracle.connect("scott", "{PW}", "db.corp:1521/orcl")'),
        ("Db.cs", f'var c = new SqlCredential("sa", "{PW}");'),
    ],
)
def test_passwords_given_to_setters_and_auth_calls_in_other_positions(path, text):
    assert [value for tag, value in found(text, path) if tag == "PASSWORD"] == [PW]


@pytest.mark.parametrize(
    "path, text",
    [
        ("login.spec.ts", f'await page.fill("#password", "{PW}");'),
        ("login.spec.ts", f"await page.getByRole('textbox', {{ name: 'Password' }}).fill('{PW}');"),
        ("test_ui.py", f'driver.find_element(By.ID, "password").send_keys("{PW}")'),
        ("login.cy.js", f"cy.get('input[name=pwd]').type('{PW}')"),
        ("Login.java", f'driver.findElement(By.name("password")).sendKeys("{PW}");'),
    ],
)
def test_passwords_typed_into_a_password_field(path, text):
    assert [value for tag, value in found(text, path) if tag == "PASSWORD"] == [PW]


@pytest.mark.parametrize(
    "path, text",
    [
        ("setup.py", f'config.set("database", "host", "{PW}")'),
        ("keys.py", 'keyring.get_password("deploy-svc", "deploy")'),
        ("keys.py", "keyring.set_password(service, user, password)"),
        ("login.spec.ts", 'await page.fill("#email", "bob@corp-mail.io");'),
        ("login.spec.ts", "await page.fill('#password', process.env.PASSWORD);"),
        ("check.py", "kind = x.type(node)"),
        ("ssh.py", "s.login(host, user, password)"),
    ],
)
def test_setters_and_fields_without_a_literal_password_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == []


# ----------------------------------------------------------------------------------- more connection strings
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("Db.java", f'String url = "jdbc:oracle:thin:scott/{PW2}@db.corp:1521:orcl";', PW2),
        ("main.go", f'db, err := sql.Open("mysql", "app:{PW2}@tcp(db:3306)/shop")', PW2),
        ("main.go", f'dsn := fmt.Sprintf("app:{PW2}@tcp(%s)/shop", host)', PW2),
        ("main.go", f'dsn := "app:{PW2}@unix(/run/mysqld.sock)/shop"', PW2),
        ("db.js", f"const uri = `postgres://app:{PW2}@${{host}}/shop`;", PW2),
        ("db.py", f'uri = "mysql://root:{PW2}@%s/shop" % host', PW2),
        ("Db.cs", 'var cs = "Driver={ODBC Driver 18};Server=db;Uid=sa;Pwd={Xk9;mQ2}";', "Xk9;mQ2"),
    ],
)
def test_passwords_in_dsns_and_templated_urls(path, text, value):
    assert [found_value for tag, found_value in found(text, path) if tag == "PASSWORD"] == [value]


@pytest.mark.parametrize(
    "path, text",
    [
        ("Db.cs", 'var cs = $"Server=db;Uid=sa;Pwd={password}";'),
        ("main.go", 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/shop", user, pass, host)'),
        ("Db.java", 'String url = "jdbc:oracle:thin:@db.corp:1521:orcl";'),
    ],
)
def test_dsns_without_a_literal_password_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == []


# ------------------------------------------------------------------------------------------ more prose
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("db.py", f"# NOTE: temporary password for staging is {PW2}, rotate after launch", PW2),
        ("db.py", f"# pw for the test box: {PW2}", PW2),
        ("client.py", f'def f(password):\n    """password (str): e.g. "{PW}"."""', PW),
        ("client.py", f'def f(password):\n    """\n    password: the admin\'s, defaults to \'{PW}\'.\n    """', PW),
        ("README.md", f"Connect with `psql -U admin` and password `{PW}`.", PW),
        ("README.md", f"Use the password **{PW}** to log in.", PW),
        ("db.py", f"# login: admin / {PW2}", PW2),
        ("db.go", f"// credentials: admin/{PW2}", PW2),
        ("README.md", f"The default credentials are admin:{PW2}.", PW2),
        ("README.md", f"Default login: `admin` / `{PW}`", PW),
        ("db.py", f"# TODO: remove the hard-coded password {PW2}", PW2),
    ],
)
def test_passwords_later_in_a_sentence_and_login_pairs(path, text, value):
    assert [found_value for tag, found_value in found(text, path) if tag == "PASSWORD"] == [value]


@pytest.mark.parametrize(
    "path, text",
    [
        ("db.py", "# the password for each user is stored hashed"),
        ("db.py", "# login: user/repo must exist before the first push"),
        ("auth.py", '"""Raised when the credentials are :attr:`~Credentials.invalid`."""'),
        ("kernel.py", "# flips the two-pass mean+variance reduction"),
        ("iter.py", '"""Keep positions; pass `strict=False` to allow it."""'),
        ("README.md", "Pass the password `hash` to `verify()`."),
        ("net.py", '"""{"username": None, "password": None, "host": "db.corp", "port": 5432}"""'),
    ],
)
def test_sentences_about_passwords_and_logins_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == []


def test_the_password_column_of_a_markdown_table():
    table = (
        f"| Service | User | Password |\n|---|---|---|\n| db | admin | {PW2} |\n| cache | ops | `{PW}` |\n"
        "| ci | - | none |\n"
    )
    assert found(table, "README.md") == [("PASSWORD", PW2), ("PASSWORD", PW)]
    no_separator = f"| name | password |\n| db | {PW2} |\n"
    assert found(no_separator, "README.md") == []
    option_table = "| Option | Type |\n|---|---|\n| password | string |\n"
    assert found(option_table, "README.md") == []


# ------------------------------------------------------------------------ .env values, PowerShell, WPA keys
@pytest.mark.parametrize(
    "path, text, value",
    [
        (".env", "DB_PASSWORD=Kx9;mQ2,v)z", "Kx9;mQ2,v)z"),
        ("app.ini", "password = Kx9,mQ2v}", "Kx9,mQ2v}"),
        ("app.properties", "db.password=Kx9;mQ2v", "Kx9;mQ2v"),
        ("wpa.conf", "  psk=Kx9mQ2vLz", "Kx9mQ2vLz"),
        ("net.py", f'wifi.connect(ssid="home", psk="{PW}")', PW),
        ("setup.ps1", f'$pw = ConvertTo-SecureString "{PW}" -AsPlainText -Force', PW),
        ("setup.ps1", f"$pw = ConvertTo-SecureString -String '{PW}' -AsPlainText -Force", PW),
    ],
)
def test_whole_line_values_powershell_and_wpa_keys(path, text, value):
    assert found(text, path) == [("PASSWORD", value)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("setup.ps1", "$Password = Read-Host -AsSecureString"),
        ("setup.ps1", "$SecurePassword = ConvertTo-SecureString $plain -AsPlainText -Force"),
        ("app.yaml", "db: {password: $DB_PASSWORD, user: app}"),
    ],
)
def test_powershell_commands_and_references_stay(path, text):
    assert found(text, path) == []


# ------------------------------------------------------- literals wrapped, typed or quoted three times
@pytest.mark.parametrize(
    "path, text",
    [
        ("settings.py", f'PASSWORD = """{PW}"""'),
        ("settings.py", f"DB_PASSWORD = '''{PW2}'''"),
        ("settings.py", f'PASSWORD = (\n    "{PW}"\n)'),
        ("app.py", f'connect(host="db", password=("{PW2}"))'),
        ("app.py", f"password = str('{PW}')"),
        ("app.py", f'password = bytes("{PW2}", "utf-8")'),
        ("models.py", f'admin_password: SecretStr = SecretStr("{PW}")'),
        ("main.rs", f'const PASSWORD: &str = "{PW}";'),
        ("main.rs", f'static DB_PASSWORD: &\'static str = "{PW2}";'),
        ("main.rs", f'let password: String = String::from("{PW}");'),
        ("main.rs", f'let db_pass = Some("{PW2}");'),
        ("main.go", f'var password string = "{PW}"'),
        ("main.go", f'dbPassword := []byte("{PW2}")'),
        ("Main.java", f'String password = new String("{PW}");'),
        ("main.tf", f'resource "aws_db_instance" "db" {{\n  password = sensitive("{PW}")\n}}'),
        ("main.tf", f'resource "aws_db_instance" "db" {{\n  password = <<EOT\n{PW2}\nEOT\n}}'),
        ("deploy.sh", f"DB_PASSWORD=<<-EOF\n    {PW2}\n    EOF"),
        ("config.rb", f'password = ENV.fetch("DB_PASSWORD") {{ "{PW}" }}'),
        ("test_users.py", f'user = User(username="ann", password=make_password("{PW}"))'),
        ("test_users.py", f'assert user.check_password("{PW2}")'),
    ],
)
def test_passwords_wrapped_typed_or_triple_quoted(path, text):
    values = [value for tag, value in found(text, path) if tag == "PASSWORD"]
    assert values in ([PW], [PW2]), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("app.py", 'password = getpass("Password: ")'),
        ("app.py", 'password = input("Enter the password: ")'),
        ("app.py", "password = str(uuid.uuid4())"),
        ("app.py", 'password = (\n    os.environ["DB_PASSWORD"]\n)'),
        ("app.py", "password = str(settings.DB_PASSWORD)"),
        ("app.py", 'password = """\nmulti\nline\n"""'),
        ("app.py", 'help_text = """password"""'),
        ("main.go", 'var password string = os.Getenv("DB_PASSWORD")'),
        ("main.tf", 'resource "x" "y" {\n  password = <<EOT\nline one\nline two\nEOT\n}'),
        ("main.tf", 'resource "x" "y" {\n  password = random_password.db.result\n}'),
        ("app.py", 'password = Secret("{{ vault_password }}")'),
        ("test_users.py", "assert user.check_password(password)"),
    ],
)
def test_wrappers_without_a_literal_password_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == [], found(text, path)


# ------------------------------------------- prose passwords that hold "_", "." or "(" or follow "defaults"
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("app.py", "# master password: Dj6_aS0a", "Dj6_aS0a"),
        ("app.py", "# username: admin, password: Gt6_uI9o", "Gt6_uI9o"),
        ("notes.md", "Default login is admin and password Sunshine_2023.", "Sunshine_2023"),
        ("app.py", "# password=Qw9(bN3b", "Qw9(bN3b"),
        ("README.md", "* password: Nq9(iO2p", "Nq9(iO2p"),
        ("app.py", 'def f(password=None):\n    """:param password: defaults to \'Hn4$wQ9z\'"""', "Hn4$wQ9z"),
        ("app.py", '"""\n:param password: defaults to Secret_Pass1\n"""', "Secret_Pass1"),
    ],
)
def test_prose_passwords_shaped_like_names(path, text, value):
    assert ("PASSWORD", value) in found(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("app.py", "# password: db_password_2"),
        ("app.py", "# password: settings.DB_PASSWORD2"),
        ("app.py", "# password: self.Password2"),
        ("app.py", "# password: getpass()"),
        ("app.py", "# password: loadV2(path)"),
        ("app.py", "# password: os.environ.get(KEY)"),
        ("README.md", "password: user_id2"),
    ],
)
def test_prose_names_and_calls_after_a_password_word_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == [], found(text, path)


# ------------------------------- prose that gives the value in an aside, a later sentence, a table row, or first
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("app.py", f"# The default admin password, {PW}, must be changed.", PW),
        ("app.py", f'"""\nArgs:\n    password (str): The password. Defaults to "{PW}".\n"""', PW),
        ("app.py", f'"""\n    db_password: The database password. Defaults to {PW}.\n"""', PW),
        ("SETUP.md", f"| Setting | Value |\n|---|---|\n| Username | admin |\n| Password | `{PW}` |\n", PW),
        ("SETUP.md", f"| Password | {PW2} |", PW2),
        ("app.py", f"# {PW} is the root password", PW),
        ("app.py", f'"""\n{PW} was the staging password until May.\n"""', PW),
    ],
)
def test_prose_values_in_asides_later_sentences_rows_or_before_the_name(path, text, value):
    assert ("PASSWORD", value) in found(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("app.py", "# Returns True when value2 is the password"),
        ("app.py", "# password, token2, and key"),
        ("app.py", "# The password, if any, is hashed."),
        ("app.py", "if x is the password:\n    pass"),
        ("app.py", "check = value2 is the password"),
        ("API.md", "| Password | required |"),
        ("API.md", "| Password | `str` |"),
        ("API.md", "| password | The user's password |"),
        ("API.md", "| `password` | string | yes |"),
        ("app.py", '"""\n    password (str): The password. Defaults to None.\n"""'),
        ("register.py", "choice = input('Save your login (y/N)?')"),
    ],
)
def test_prose_asides_rows_and_statements_without_a_password_stay(path, text):
    assert [tag for tag, _ in found(text, path) if tag == "PASSWORD"] == [], found(text, path)


# ------------------------------------------------ weak sequential passwords; passwords under a public prefix
@pytest.mark.parametrize(
    "path, text, value",
    [
        ("settings.py", 'DB_PASSWORD = "12345678"', "12345678"),
        ("test_login.py", 'client.login(username="ann", password="abcd1234")', "abcd1234"),
        (".env", "ADMIN_PASSWORD=123456789", "123456789"),
        (".env.local", "NEXT_PUBLIC_DB_PASSWORD=Kx7#mQ2v!", "Kx7#mQ2v!"),
        (".env", "VITE_PUBLIC_ADMIN_PASS=Kx7#mQ2v!", "Kx7#mQ2v!"),
    ],
)
def test_sequential_and_public_prefixed_passwords(path, text, value):
    assert ("PASSWORD", value) in found(text, path), found(text, path)


@pytest.mark.parametrize(
    "path, text",
    [
        ("settings.py", 'API_KEY = "0123456789abcdefghij"'),
        ("settings.py", 'TOKEN = "abcdefghijklmnopqrstuvwxyz"'),
        ("keys.py", 'PUBLIC_KEY = "Zx8kQ2mV9pL4wR7tY1uI3oP6aS5dF0gH"'),
        ("app.js", 'const stripePublishableKey = "Zx8kQ2mV9pL4wR7tY1uI3oP6aS5dF0gH";'),
    ],
)
def test_sequential_keys_and_public_keys_stay(path, text):
    # (detect-secrets' entropy plugin, BigCode's choice, still flags a random string whatever its name)
    assignments = [finding for finding in REDACTOR.find(text, path) if finding.source == "assignment"]
    assert assignments == [], found(text, path)
