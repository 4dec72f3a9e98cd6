"""omsportal settings: one module, configured from the environment.

With nothing set, the site runs on an embedded SQLite database and Celery
executes tasks in-process. With DATABASE_URL and REDIS_URL set it uses
PostgreSQL and a real Celery worker. README lists every variable.
"""

import ipaddress
import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def envstr(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {value!r}")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from None


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", True)
SECRET_KEY = envstr("SECRET_KEY")
if not SECRET_KEY:
    # The fallback key below exists only in DEBUG mode.
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "insecure-development-key-only-for-debug-mode-0123456789-abcdefghij"  # nosec B105
# Rotating SECRET_KEY: put the old one here until `manage.py two_factor_rekey` has run (see README).
SECRET_KEY_FALLBACKS = envlist("SECRET_KEY_FALLBACKS")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = envstr("SITE_NAME", "omsportal")

INSTALLED_APPS = [
    "core.admin_site.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "simple_history",
    "phonenumber_field",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "core",
    "accounts",
    "notifications",
    "tickets",
    "orders",
    "customers",
    "portalhome",
    "inventory",
    "repairs",
    "billing",
    "home",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RequestSizeLimitMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.middleware.UserPreferencesMiddleware",
    "core.middleware.SessionIdleTimeoutMiddleware",
    "accounts.middleware.PasswordChangeRequiredMiddleware",
    "accounts.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.SuspendedCustomerLogoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "core.middleware.PrivateCacheControlMiddleware",
]

ROOT_URLCONF = "omsportal.urls"
WSGI_APPLICATION = "omsportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.navigation",
            ],
        },
    },
]

# --- database ---------------------------------------------------------------
DATABASE_URL = envstr("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60))}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        options = DATABASES["default"].setdefault("OPTIONS", {})
        if not envbool("DB_JIT", False):
            # Pages run many small indexed queries: PostgreSQL's JIT compiles some of them for longer than they run.
            options["options"] = "-c jit=off"
        # Parameters bound by the server, so psycopg prepares a statement a connection runs often (the
        # fifth time) and PostgreSQL stops planning it on every page: the staff ticket page's query took
        # 4.5 ms to plan and 0.7 ms to run.
        if envbool("DB_SERVER_SIDE_BINDING", True):
            options.update(server_side_binding=True, prepare_threshold=envint("DB_PREPARE_THRESHOLD", 5))
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- cache, Celery ----------------------------------------------------------
REDIS_URL = envstr("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "core.cache.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How long a cached count (core.counts: queue badges, folder counts) may stand; a change ends it
# sooner. Only with Redis: a per-process cache would not hear of another worker's changes.
COUNTS_CACHE_SECONDS = envint("COUNTS_CACHE_SECONDS", 300 if REDIS_URL else 0)

CELERY_BROKER_URL = envstr("CELERY_BROKER_URL", REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL.startswith(("redis", "amqp")))
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
# Short connection retries so that a request never hangs when the broker is down:
# the outbox sweep delivers what could not be handed over.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
CELERY_BEAT_SCHEDULE: dict = {
    "notifications-sweep": {
        "task": "notifications.tasks.sweep",
        "schedule": float(envint("NOTIFICATIONS_SWEEP_INTERVAL_SECONDS", 60)),
    },
    "notifications-purge": {"task": "notifications.tasks.purge", "schedule": 24 * 3600.0},
    "activation-sweep": {"task": "customers.tasks.activation_sweep", "schedule": 60.0},
    "inventory-release-expired": {"task": "inventory.tasks.release_expired", "schedule": 300.0},
    "billing-daily": {"task": "billing.tasks.daily", "schedule": 6 * 3600.0},
}

# --- billing ---
# Days before a contract's end date that its customer and account manager are reminded.
BILLING_CONTRACT_REMIND_DAYS = envint("BILLING_CONTRACT_REMIND_DAYS", 30)
# Invoices from orders (orders.hooks → billing.services.invoice_for_order): when an order is
# "approved" or "paid" (its payment marked paid), or "off"; BILLING_INVOICE_DUE_DAYS after issue it is due.
BILLING_INVOICE_ORDERS_ON = envstr("BILLING_INVOICE_ORDERS_ON", "approved")
if BILLING_INVOICE_ORDERS_ON not in ("approved", "paid", "off"):
    raise ImproperlyConfigured(
        f'BILLING_INVOICE_ORDERS_ON must be "approved", "paid" or "off", got {BILLING_INVOICE_ORDERS_ON!r}'
    )
BILLING_INVOICE_DUE_DAYS = envint("BILLING_INVOICE_DUE_DAYS", 14)
# Documents a contract keeps (each checked like a ticket attachment: core.files).
CONTRACT_MAX_DOCUMENTS = envint("CONTRACT_MAX_DOCUMENTS", 50)
# Online payments (billing.providers): "simulated" or "http" (the provider's hosted page at BILLING_PROVIDER_URL).
BILLING_PROVIDER = envstr("BILLING_PROVIDER", "simulated")
if BILLING_PROVIDER not in ("simulated", "http"):
    raise ImproperlyConfigured(f'BILLING_PROVIDER must be "simulated" or "http", got {BILLING_PROVIDER!r}')
BILLING_PROVIDER_URL = envstr("BILLING_PROVIDER_URL", "")
BILLING_PROVIDER_SECRET = envstr("BILLING_PROVIDER_SECRET", SECRET_KEY)

# --- auth ---------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accounts.backends.UsernameOrEmailBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.passwords.NotCurrentPasswordValidator"},
]
LOGIN_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 5)
LOGIN_LOCKOUT_MINUTES = envint("LOGIN_LOCKOUT_MINUTES", 15)
PASSWORD_MAX_AGE_DAYS = envint("PASSWORD_MAX_AGE_DAYS", 0)
PASSWORD_RESET_TIMEOUT = envint("PASSWORD_RESET_TIMEOUT_HOURS", 72) * 3600

# Two-factor login (TOTP, accounts/two_factor.py): the roles that must use it (superusers always must).
TWO_FACTOR_REQUIRED_ROLES = envlist("TWO_FACTOR_REQUIRED_ROLES", "Administrator,Manager")
# Off only in the test configuration (tests/conftest.py), so that tests which `force_login` a manager
# are not confined to the enrolment page; the two-factor tests turn it back on.
TWO_FACTOR_ENFORCED = True
OTP_TOTP_ISSUER = envstr("OTP_TOTP_ISSUER", "omsportal")
# The django-otp admin pages never show a device's secret once it exists.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# The key that encrypts authenticator secrets at rest (accounts/two_factor_keys.py); empty: derived from
# SECRET_KEY. Old keys in TWO_FACTOR_KEY_FALLBACKS still decrypt until `manage.py two_factor_rekey` has run.
TWO_FACTOR_KEY = envstr("TWO_FACTOR_KEY")
TWO_FACTOR_KEY_FALLBACKS = envlist("TWO_FACTOR_KEY_FALLBACKS")

# With Redis, each request reads its session from the cache; the database keeps it (and
# accounts.services.user_sessions_end can still find and end it). Without Redis the cache is
# per process, which would let an ended session live on in another worker: database only.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if REDIS_URL else "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = envint("SESSION_IDLE_MINUTES", 30) * 60
SESSION_SAVE_EVERY_REQUEST = False  # core.middleware.SessionIdleTimeoutMiddleware extends it on activity
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- internationalisation -----------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("fa", "فارسی"),
    ("zh-hans", "简体中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Day-first dates with minutes always (Django's English is US style and drops ":00").
FORMAT_MODULE_PATH = ["omsportal.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = envstr("TIME_ZONE", "UTC")
LANGUAGE_COOKIE_NAME = "omsportal_language"
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
PHONENUMBER_DEFAULT_REGION = envstr("PHONE_DEFAULT_REGION", "RU")
DEFAULT_CURRENCY = envstr("DEFAULT_CURRENCY", "RUB")
PAGE_SIZE_CHOICES = (10, 25, 50, 100)

# --- static and uploaded files --------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(envstr("MEDIA_ROOT", str(BASE_DIR / "media")))
# Private files (ticket attachments, receipts) never lie under a public URL;
# a view that checks the user's scope streams them.
PRIVATE_MEDIA_ROOT = Path(envstr("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
LOGO_MAX_BYTES = envint("LOGO_MAX_BYTES", 2 * 1024 * 1024)
ATTACHMENT_MAX_BYTES = envint("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
ATTACHMENT_MAX_FILES = envint("ATTACHMENT_MAX_FILES", 5)

# Repairs: a purchase this many days ago or less is under warranty; identity document numbers
# (upper case, without spaces and dashes) must match this pattern.
REPAIR_WARRANTY_DAYS = envint("REPAIR_WARRANTY_DAYS", 365)
REPAIR_ID_DOCUMENT_PATTERN = envstr("REPAIR_ID_DOCUMENT_PATTERN", r"[A-Z0-9]{6,20}")

# --- request and field size limits ------------------------------------------------
# A request whose Content-Length is above this is refused with 413 before its body is read
# (core.middleware.RequestSizeLimitMiddleware): the most attachments one form takes, plus 1 MB of fields.
MAX_REQUEST_BYTES = envint("MAX_REQUEST_BYTES", ATTACHMENT_MAX_FILES * ATTACHMENT_MAX_BYTES + 1024 * 1024)
# Form fields other than files, in memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("DATA_UPLOAD_MAX_MEMORY_SIZE", 2 * 1024 * 1024)
# Uploads above this are streamed to a temporary file instead of held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = envint("FILE_UPLOAD_MAX_MEMORY_SIZE", 2 * 1024 * 1024)
# Longest ticket text, reply or comment a form accepts (characters).
TEXT_MAX_LENGTH = envint("TEXT_MAX_LENGTH", 20_000)

# Django's renderer, with <input> and <textarea> written in Python (core.widgets.FormRenderer).
FORM_RENDERER = "core.widgets.FormRenderer"
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- e-mail and SMS -------------------------------------------------------------
EMAIL_BACKEND = envstr(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if envstr("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "omsportal <noreply@omsportal.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SMS_BACKEND = envstr("SMS_BACKEND", "notifications.sms.ConsoleGateway")
KANNEL_SENDSMS_URL = envstr("KANNEL_SENDSMS_URL", "http://127.0.0.1:13013/cgi-bin/sendsms")
KANNEL_USERNAME = envstr("KANNEL_USERNAME")
KANNEL_PASSWORD = envstr("KANNEL_PASSWORD")
SMS_SENDER = envstr("SMS_SENDER", "omsportal")
SMS_TIMEOUT = envint("SMS_TIMEOUT", 10)

# --- security -------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
# No script of ours reads the CSRF cookie (forms carry the token), so scripts may not either.
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# --- content security policy (Django's own middleware) ----------------------------
# No inline scripts, styles or handlers anywhere: our JS and CSS are static files.
# The nonce is for the few scripts that cannot be files; templates use {{ csp_nonce }}.
CSP_REPORT_URL = "/csp-report/"
CSP_REPORT_MAX_BYTES = envint("CSP_REPORT_MAX_BYTES", 8 * 1024)
# Reports logged per client address and minute; the rest are dropped (a page can fire hundreds).
CSP_REPORTS_PER_MINUTE = envint("CSP_REPORTS_PER_MINUTE", 20)
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    # Bootstrap draws its select arrows and checkmarks as data: SVGs.
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "report-uri": CSP_REPORT_URL,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "omsportal.security": {"level": "INFO"},
    },
}

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
SIMPLE_HISTORY_REVERT_DISABLED = True

# --- notifications ----------------------------------------------------------------
# Attempts per outbox row before it is marked failed, and the exponential back-off
# between them (base, 2×base, 4×base, … up to the maximum), in seconds.
NOTIFICATIONS_MAX_ATTEMPTS = envint("NOTIFICATIONS_MAX_ATTEMPTS", 6)
NOTIFICATIONS_RETRY_BASE_SECONDS = envint("NOTIFICATIONS_RETRY_BASE_SECONDS", 30)
NOTIFICATIONS_RETRY_MAX_SECONDS = envint("NOTIFICATIONS_RETRY_MAX_SECONDS", 3600)
# The sweep re-dispatches rows still pending this long after they were due.
NOTIFICATIONS_SWEEP_AFTER_SECONDS = envint("NOTIFICATIONS_SWEEP_AFTER_SECONDS", 120)
NOTIFICATIONS_SWEEP_BATCH = envint("NOTIFICATIONS_SWEEP_BATCH", 1000)
NOTIFICATIONS_RETENTION_DAYS = envint("NOTIFICATIONS_RETENTION_DAYS", 365)
# A text needing more SMS than this fails instead of flooding the phone.
NOTIFICATIONS_SMS_MAX_PARTS = envint("NOTIFICATIONS_SMS_MAX_PARTS", 6)
# Worker processes keep templates this long; an edit in the admin shows within it.
NOTIFICATIONS_TEMPLATE_CACHE_SECONDS = envint("NOTIFICATIONS_TEMPLATE_CACHE_SECONDS", 60)
# The sendsms-user's `max-messages` in kannel.conf (Kannel cuts longer texts, so we split first).
KANNEL_MAX_MESSAGES = envint("KANNEL_MAX_MESSAGES", 1)
# Lets a test or a second deployment sharing one Redis use its own queue.
CELERY_TASK_DEFAULT_QUEUE = envstr("CELERY_TASK_DEFAULT_QUEUE", "celery")

# --- tickets ---
# A customer's reply reopens a ticket closed less than this many days ago.
TICKET_REOPEN_DAYS = envint("TICKET_REOPEN_DAYS", 14)
INVENTORY_RESERVATION_MINUTES = envint("INVENTORY_RESERVATION_MINUTES", 60)
INVENTORY_QUARANTINE_DAYS = envint("INVENTORY_QUARANTINE_DAYS", 90)
INVENTORY_MAX_BULK = envint("INVENTORY_MAX_BULK", 1000)
INVENTORY_MAX_RANGE = envint("INVENTORY_MAX_RANGE", 100000)
INVENTORY_IMPORT_REPORT_ROWS = envint("INVENTORY_IMPORT_REPORT_ROWS", 10000)

# Service activation (customers app): which provisioning adapter, and how failing steps are retried.
PROVISIONING_ADAPTER = envstr("PROVISIONING_ADAPTER", "simulated")
if PROVISIONING_ADAPTER not in ("simulated", "http"):
    raise ImproperlyConfigured("PROVISIONING_ADAPTER must be 'simulated' or 'http'")
PROVISIONING_URL = envstr("PROVISIONING_URL", "")
if PROVISIONING_ADAPTER == "http" and not PROVISIONING_URL:
    raise ImproperlyConfigured("PROVISIONING_ADAPTER=http needs PROVISIONING_URL")
PROVISIONING_TOKEN = envstr("PROVISIONING_TOKEN", "")
PROVISIONING_TIMEOUT = envint("PROVISIONING_TIMEOUT", 10)
ACTIVATION_MAX_ATTEMPTS = envint("ACTIVATION_MAX_ATTEMPTS", 3)
ACTIVATION_RETRY_BASE_SECONDS = envint("ACTIVATION_RETRY_BASE_SECONDS", 10)
# A step "running" this long is taken to have lost its worker: the beat sweep hands the job out again.
ACTIVATION_STALL_SECONDS = envint("ACTIVATION_STALL_SECONDS", 300)

# --- login security, rate limits, client addresses ---
# A temporary password (accounts created by staff) unused this long no longer logs in.
TEMPORARY_PASSWORD_HOURS = envint("TEMPORARY_PASSWORD_HOURS", 72)
# Proxies (IPs or CIDRs) whose X-Forwarded-For is believed; by default none, so REMOTE_ADDR counts.
TRUSTED_PROXIES = envlist("TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {_proxy!r} is not an IP address or network") from None


def envrate(name: str, default: str) -> str:
    """A rate such as "10/5m": that many requests per window (s, m, h, d; the number defaults to 1)."""
    value = os.environ.get(name) or default
    if not re.fullmatch(r"\d+/\d*[smhd]", value.strip()):
        raise ImproperlyConfigured(f'{name} must look like "10/5m" (count/window in s, m, h or d), got {value!r}')
    return value.strip()


# Rate limits (core.ratelimit): RATELIMIT_<SCOPE> per account (user, or the e-mail asked for),
# RATELIMIT_<SCOPE>_IP per client address. Counted in Redis, or in the database without it.
RATELIMIT_LOGIN_IP = envrate("RATELIMIT_LOGIN_IP", "30/5m")
RATELIMIT_PASSWORD_RESET = envrate("RATELIMIT_PASSWORD_RESET", "3/15m")
RATELIMIT_PASSWORD_RESET_IP = envrate("RATELIMIT_PASSWORD_RESET_IP", "10/15m")
RATELIMIT_REGISTER = envrate("RATELIMIT_REGISTER", "3/1h")
RATELIMIT_REGISTER_IP = envrate("RATELIMIT_REGISTER_IP", "5/1h")
RATELIMIT_TICKET_CREATE = envrate("RATELIMIT_TICKET_CREATE", "20/10m")
RATELIMIT_TICKET_CREATE_IP = envrate("RATELIMIT_TICKET_CREATE_IP", "100/10m")
RATELIMIT_TICKET_REPLY = envrate("RATELIMIT_TICKET_REPLY", "30/10m")
RATELIMIT_TICKET_REPLY_IP = envrate("RATELIMIT_TICKET_REPLY_IP", "300/10m")
# Self-registration from the portal (portalhome): on or off, and how long the e-mailed link works.
REGISTRATION_OPEN = envbool("REGISTRATION_OPEN", True)
REGISTRATION_LINK_HOURS = envint("REGISTRATION_LINK_HOURS", 48)
RATELIMIT_STOCK_IMPORT = envrate("RATELIMIT_STOCK_IMPORT", "30/10m")
RATELIMIT_REPAIR_CREATE = envrate("RATELIMIT_REPAIR_CREATE", "10/10m")
RATELIMIT_REPAIR_CREATE_IP = envrate("RATELIMIT_REPAIR_CREATE_IP", "100/10m")
RATELIMIT_PAYMENT_CREATE = envrate("RATELIMIT_PAYMENT_CREATE", "20/10m")
RATELIMIT_PAYMENT_CREATE_IP = envrate("RATELIMIT_PAYMENT_CREATE_IP", "100/10m")
RATELIMIT_STORE = envstr("RATELIMIT_STORE", "cache" if REDIS_URL else "database")
if RATELIMIT_STORE not in ("cache", "database"):
    raise ImproperlyConfigured(f'RATELIMIT_STORE must be "cache" or "database", got {RATELIMIT_STORE!r}')
# Lets tests (and deployments sharing one Redis) keep their counters apart.
RATELIMIT_KEY_PREFIX = envstr("RATELIMIT_KEY_PREFIX", "rl")
