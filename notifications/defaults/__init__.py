"""The templates a fresh installation starts with, one module per language.

Each language module defines TEXTS (event → Text), GREETING, SIGNATURE and
FOOTER in that language; `template_rows()` turns them into the subject, plain
text, HTML and SMS sources stored in NotificationTemplate. Data migrations call
`seed_templates()`, which only adds missing rows: it never overwrites what an
administrator has edited.
"""

from dataclasses import dataclass, field
from importlib import import_module

LANGUAGE_MODULES = {"en": "en", "ru": "ru", "fa": "fa", "zh-hans": "zh_hans"}

BUTTON_STYLE = (
    "display:inline-block;padding:10px 18px;background:#0d6efd;color:#ffffff;"
    "text-decoration:none;border-radius:4px;font-weight:600;"
)
QUOTE_STYLE = "margin:12px 0;padding:8px 14px;border-inline-start:4px solid #d0d7de;color:#4b5563;"


@dataclass(frozen=True)
class Text:
    subject: str
    # Paragraphs of Django template source. A (key, paragraph) pair is shown only when context[key] is not empty.
    paragraphs: tuple[str | tuple[str, str], ...]
    sms: str
    quote: str = ""  # a context key quoted as a block (e.g. a reply's excerpt)
    actions: tuple[tuple[str, str], ...] = field(default=())  # (label, context key of the URL)


def _paragraph_text(paragraph: str | tuple[str, str]) -> str:
    if isinstance(paragraph, tuple):
        key, source = paragraph
        return f"{{% if {key} %}}{source}\n\n{{% endif %}}"
    return f"{paragraph}\n\n"


def _paragraph_html(paragraph: str | tuple[str, str]) -> str:
    if isinstance(paragraph, tuple):
        key, source = paragraph
        return f"{{% if {key} %}}<p>{source}</p>\n{{% endif %}}"
    return f"<p>{paragraph}</p>\n"


def build(text: Text, *, greeting: str, signature: str, footer: str) -> dict[str, str]:
    """Sources for one event in one language: subject, body_text, body_html, sms."""
    plain = f"{greeting}\n\n" + "".join(_paragraph_text(p) for p in text.paragraphs)
    html = f"<p>{greeting}</p>\n" + "".join(_paragraph_html(p) for p in text.paragraphs)
    if text.quote:
        plain += f"{{{{ {text.quote} }}}}\n\n"
        html += f'<blockquote style="{QUOTE_STYLE}">{{{{ {text.quote}|linebreaksbr }}}}</blockquote>\n'
    for label, key in text.actions:
        plain += f"{label}: {{{{ {key} }}}}\n"
        html += f'<p><a href="{{{{ {key} }}}}" style="{BUTTON_STYLE}">{label}</a></p>\n'
    if text.actions:
        plain += "\n"
    plain += f"{signature}\n\n{footer}\n"
    plain = plain.replace("<br>", "\n")
    html += f'<p>{signature}</p>\n<p style="color:#6b7280;font-size:12px;">{footer}</p>\n'
    return {"subject": text.subject, "body_text": plain, "body_html": html, "sms": text.sms}


def template_rows() -> list[dict[str, str]]:
    """Every default template as model field values."""
    rows = []
    for language, module_name in LANGUAGE_MODULES.items():
        module = import_module(f"notifications.defaults.{module_name}")
        for event, text in module.TEXTS.items():
            sources = build(text, greeting=module.GREETING, signature=module.SIGNATURE, footer=module.FOOTER)
            common = {"event": event, "language": language}
            rows.append(
                {
                    **common,
                    "channel": "email",
                    "subject": sources["subject"],
                    "body_text": sources["body_text"],
                    "body_html": sources["body_html"],
                }
            )
            rows.append({**common, "channel": "sms", "subject": "", "body_text": sources["sms"], "body_html": ""})
    return rows


def seed_templates(model, *, events: set[str] | None = None) -> int:
    """Add the default templates that are missing (for `events`, or all). Returns how many were added."""
    existing = set(model.objects.values_list("event", "channel", "language"))
    missing = [
        model(**row)
        for row in template_rows()
        if (row["event"], row["channel"], row["language"]) not in existing
        and (events is None or row["event"] in events)
    ]
    model.objects.bulk_create(missing)
    return len(missing)
