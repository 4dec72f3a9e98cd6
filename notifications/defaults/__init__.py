"""The templates a fresh installation starts with.

Each language module here defines the GREETING, SIGNATURE and FOOTER every
message of that language shares. The texts of the events belong to the apps
that send them. How a new app adds its messages:

1. `<app>/texts/en.py` (and ru, fa, zh_hans) define `TEXTS = {"order_confirmed": Text(...)}`.
2. Its `AppConfig.ready()` registers them (after its events, see notifications.events)::

       register_texts("orders")   # imports orders.texts.<language> for every language

3. A data migration seeds the database with a *frozen copy* of the rows
   (`template_rows(events={...})` printed into the migration, or a module next to
   it whose name starts with "_"), through `seed_rows()`, which only adds
   missing rows: it never overwrites what an administrator has edited.

`template_rows()` turns the registered texts into the subject, plain text,
HTML and SMS sources stored in NotificationTemplate; the delivery falls back to
them when a row is missing.
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


# language -> event -> Text, filled by each app's AppConfig.ready().
TEXTS: dict[str, dict[str, Text]] = {language: {} for language in LANGUAGE_MODULES}


def register_texts(app_label: str) -> None:
    """Register the default texts in `<app_label>.texts.<language>` for every language."""
    for language, module_name in LANGUAGE_MODULES.items():
        TEXTS[language].update(import_module(f"{app_label}.texts.{module_name}").TEXTS)


def template_rows(*, events: set[str] | None = None) -> list[dict[str, str]]:
    """Every registered default template (of `events`, or all) as model field values."""
    rows = []
    for language, module_name in LANGUAGE_MODULES.items():
        module = import_module(f"notifications.defaults.{module_name}")
        for event, text in TEXTS[language].items():
            if events is not None and event not in events:
                continue
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


def seed_rows(model, rows: list[dict[str, str]]) -> int:
    """Add the template rows that are missing (data migrations pass their frozen copy). Returns how many."""
    existing = set(model.objects.values_list("event", "channel", "language"))
    missing = [model(**row) for row in rows if (row["event"], row["channel"], row["language"]) not in existing]
    model.objects.bulk_create(missing)
    return len(missing)
