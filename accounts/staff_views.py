"""Staff endpoints of accounts."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from accounts.selectors import customer_lookup
from core.access import staff_permission_required


@staff_permission_required("accounts.view_customer")
@require_GET
def customer_lookup_json(request):
    """At most 20 customers matching ?q= (number, name, phone, tax number, contract), for the customer picker."""
    customers = customer_lookup(request.GET.get("q", "")[:100])
    return JsonResponse(
        {
            "results": [
                {"id": c.pk, "number": c.number, "name": c.name, "phone": str(c.phone or ""), "label": picker_label(c)}
                for c in customers
            ]
        }
    )


def picker_label(customer) -> str:
    """What the picker shows and what its text box holds once chosen; it starts with the number."""
    return " · ".join(filter(None, [customer.number, customer.name, str(customer.phone or "")]))
