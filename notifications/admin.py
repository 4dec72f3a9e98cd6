"""Delivery log (read-only, with a permission-gated re-send) and the editable templates."""

import json
import logging

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.template import TemplateSyntaxError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin_site import ScopedHistoryAdmin
from notifications.events import EVENTS, SENSITIVE_KEYS
from notifications.models import NotificationPreference, NotificationTemplate, OutboxMessage
from notifications.rendering import compile_template, render_preview
from notifications.services import NotResendable, message_resend

logger = logging.getLogger("omsportal.notifications")


class EventFilter(admin.SimpleListFilter):
    title = _("event")
    parameter_name = "event"

    def lookups(self, request, model_admin):
        return [(name, event.label) for name, event in sorted(EVENTS.items())]

    def queryset(self, request, queryset):
        return queryset.filter(event=self.value()) if self.value() else queryset


class LanguageFilter(admin.SimpleListFilter):
    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return settings.LANGUAGES

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "event",
        "channel",
        "to",
        "to_name",
        "language",
        "status",
        "attempts",
        "sent_at",
        "reason",
    )
    # Filters whose choices come from code, not from SELECT DISTINCT over a table of millions of rows.
    list_filter = ("status", "channel", EventFilter, LanguageFilter, "created_at")
    search_fields = ("to", "to_name", "user__username", "user__email", "customer__name", "customer__number")
    show_full_result_count = False
    list_per_page = 50
    actions = ["resend"]
    fields = (
        ("event", "channel", "status"),
        ("to", "to_name"),
        ("user", "customer"),
        ("language", "time_zone"),
        "context_display",
        ("attempts", "parts_sent", "created_at", "next_attempt_at", "sent_at"),
        "reason",
        "last_error",
    )
    readonly_fields = (
        "event",
        "channel",
        "status",
        "to",
        "to_name",
        "user",
        "customer",
        "language",
        "time_zone",
        "context_display",
        "context_hidden",
        "attempts",
        "parts_sent",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "reason",
        "last_error",
    )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_resend_permission(self, request):
        return request.user.has_perm("notifications.resend_outboxmessage")

    def get_fields(self, request, obj=None):
        # What a message says (ticket subjects, names) needs its own permission: the delivery log is
        # open to every agent, the tickets it talks about are not.
        if request.user.has_perm("notifications.view_outbox_content"):
            return self.fields
        return tuple("context_hidden" if name == "context_display" else name for name in self.fields)

    @admin.display(description=_("context"))
    def context_hidden(self, obj: OutboxMessage):
        return _("Hidden: you may see the delivery state of this message, not what it says.")

    @admin.display(description=_("context"))
    def context_display(self, obj: OutboxMessage):
        # Secrets of a pending row are not shown to staff either.
        shown = {key: ("•••" if key in SENSITIVE_KEYS and value else value) for key, value in obj.context.items()}
        return format_html("<pre>{}</pre>", json.dumps(shown, ensure_ascii=False, indent=2))

    @admin.action(description=_("Re-send the selected failed messages"), permissions=["resend"])
    def resend(self, request, queryset):
        resent, refused = 0, []
        skipped = queryset.exclude(status=OutboxMessage.Status.FAILED).count()
        for message in queryset.filter(status=OutboxMessage.Status.FAILED):
            try:
                message_resend(message=message, by=request.user)
            except NotResendable as error:
                refused.append(f"#{message.pk}: {error}")
                continue
            self.log_change(request, message, "re-sent")
            resent += 1
        if resent:
            self.message_user(
                request,
                ngettext("%(count)d message queued again.", "%(count)d messages queued again.", resent)
                % {"count": resent},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "Only failed messages can be re-sent; %(count)d message skipped.",
                    "Only failed messages can be re-sent; %(count)d messages skipped.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
        for line in refused:
            self.message_user(request, line, messages.ERROR)


class NotificationTemplateForm(forms.ModelForm):
    class Meta:
        model = NotificationTemplate
        fields = ("event", "channel", "language", "subject", "body_text", "body_html")
        widgets = {
            "body_text": forms.Textarea(attrs={"rows": 12, "cols": 100}),
            "body_html": forms.Textarea(attrs={"rows": 16, "cols": 100}),
        }

    def clean(self):
        cleaned = super().clean()
        for name in ("subject", "body_text", "body_html"):
            source = cleaned.get(name) or ""
            try:
                compile_template(source)
            except TemplateSyntaxError as error:
                self.add_error(name, _("Template error: %(error)s") % {"error": error})
        event = cleaned.get("event") or getattr(self.instance, "event", "")
        if event and event not in EVENTS:
            self.add_error("event" if "event" in self.fields else None, _("Unknown event."))
        return cleaned


@admin.register(NotificationTemplate)
class NotificationTemplateAdmin(ScopedHistoryAdmin):
    form = NotificationTemplateForm
    list_display = ("event", "channel", "language", "subject", "updated_at")
    list_filter = ("channel", "language", "event")
    search_fields = ("event", "subject", "body_text")

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ("available_keys",)
        return ("event", "channel", "language", "available_keys", "preview")

    def get_fields(self, request, obj=None):
        fields = ["event", "channel", "language", "available_keys", "subject", "body_text", "body_html"]
        if obj is not None:
            fields.append("preview")
        return fields

    @admin.display(description=_("values you can use"))
    def available_keys(self, obj):
        event = EVENTS.get(getattr(obj, "event", "") or "")
        keys = (*event.keys, "recipient_name", "site_name", "site_url") if event else ("recipient_name", "site_name")
        return ", ".join(f"{{{{ {key} }}}}" for key in keys)

    @admin.display(description=_("preview with sample values"))
    def preview(self, obj):
        event = EVENTS.get(obj.event)
        if event is None:
            return "—"
        try:
            rendered = render_preview(
                subject=obj.subject,
                body_text=obj.body_text,
                body_html=obj.body_html,
                event=event,
                language=obj.language,
            )
        except Exception as error:  # show the administrator what is wrong instead of a 500
            logger.info("template preview failed", exc_info=True)
            return format_html('<p class="errornote">{}</p>', error)
        return format_html(
            '<p><strong>{}</strong></p><pre style="white-space:pre-wrap">{}</pre>'
            '<iframe sandbox="" srcdoc="{}" style="width:100%;height:420px;border:1px solid #ccc"></iframe>',
            rendered.subject,
            rendered.text,
            rendered.html,
        )


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(ScopedHistoryAdmin):
    list_display = ("user", "kind", "by_email", "by_sms")
    list_filter = ("kind", "by_email", "by_sms")
    search_fields = ("user__username", "user__email")
    raw_id_fields = ("user",)
