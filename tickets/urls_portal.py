from django.urls import path

from tickets.views import portal

app_name = "tickets_portal"

urlpatterns = [
    path("", portal.ticket_list, name="list"),
    path("new/", portal.ticket_new, name="new"),
    path("<int:pk>/", portal.ticket_detail, name="detail"),
    path("<int:pk>/reply/", portal.ticket_reply, name="reply"),
    path("<int:pk>/rate/", portal.ticket_rate, name="rate"),
    path("<int:pk>/resend/", portal.ticket_resend, name="resend"),
    path("attachments/<int:pk>/", portal.attachment_download, name="attachment"),
]
