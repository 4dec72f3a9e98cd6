"""Where browsers report Content-Security-Policy violations (SECURE_CSP's report-uri).

Anyone can post here, so the endpoint takes little: a bounded body, a bounded
number of reports per address and minute, and only a few fields, cut short,
go to the `omsportal.security` log.
"""

import json
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.http import client_ip

security_log = logging.getLogger("omsportal.security")
# report-uri's names, then the Reporting API's.
LOGGED_FIELDS = (
    *("document-uri", "violated-directive", "effective-directive", "blocked-uri", "source-file", "line-number"),
    *("documentURL", "effectiveDirective", "blockedURL", "sourceFile", "lineNumber"),
)


def _within_rate(address: str) -> bool:
    key = f"csp-report:{address}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        return cache.incr(key) <= settings.CSP_REPORTS_PER_MINUTE
    except ValueError:
        return True


def _reports(body: bytes) -> list[dict]:
    """The `csp-report` of report-uri, or the list of the Reporting API (report-to)."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return []
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        return [data["csp-report"]]
    if isinstance(data, list):
        return [item["body"] for item in data[:10] if isinstance(item, dict) and isinstance(item.get("body"), dict)]
    return []


@csrf_exempt
@require_POST
def csp_report(request):
    limit = settings.CSP_REPORT_MAX_BYTES
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = limit + 1
    if length > limit:
        return HttpResponse(status=413)
    address = client_ip(request) or "unknown"
    if not _within_rate(address):
        return HttpResponse(status=429)
    for report in _reports(request.read(limit)):
        fields = {name: str(report.get(name, ""))[:300] for name in LOGGED_FIELDS if name in report}
        security_log.warning("csp violation from %s: %s", address, json.dumps(fields, sort_keys=True))
    return HttpResponse(status=204)
