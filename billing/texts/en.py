"""Default English texts of the billing messages."""

from notifications.defaults import Text

TEXTS = {
    "invoice_issued": Text(
        subject="Invoice {{ number }}: {{ amount }}",
        paragraphs=("We have issued invoice {{ number }} for {{ amount }}, due on {{ due_date }}.",),
        actions=(("View the invoice", "url"),),
        sms="{{ site_name }}: invoice {{ number }} for {{ amount }}, due {{ due_date }}. {{ url }}",
    ),
    "invoice_overdue": Text(
        subject="Invoice {{ number }} is overdue",
        paragraphs=("Invoice {{ number }} ({{ amount }} open) was due on {{ due_date }}. Please pay it.",),
        actions=(("View the invoice", "url"),),
        sms="{{ site_name }}: invoice {{ number }} is overdue ({{ amount }}). {{ url }}",
    ),
    "payment_under_review": Text(
        subject="Payment {{ number }} to review: {{ customer_name }}",
        paragraphs=("{{ customer_name }} recorded payment {{ number }} of {{ amount }}.",),
        actions=(("Review it", "url"),),
        sms="{{ site_name }}: payment {{ number }} of {{ amount }} to review. {{ url }}",
    ),
    "payment_accepted": Text(
        subject="Payment {{ number }} accepted",
        paragraphs=(
            "We have accepted your payment {{ number }} of {{ amount }}.",
            ("credit", "{{ credit }} was added to your credit."),
        ),
        actions=(("View the payment", "url"),),
        sms="{{ site_name }}: payment {{ number }} of {{ amount }} accepted. {{ url }}",
    ),
    "payment_rejected": Text(
        subject="Payment {{ number }} rejected",
        paragraphs=(
            "We could not accept your payment {{ number }} of {{ amount }}.",
            "Reason: {{ reason }}",
            "You can submit a corrected payment from the page below.",
        ),
        actions=(("View the payment", "url"),),
        sms="{{ site_name }}: payment {{ number }} rejected: {{ reason }} {{ url }}",
    ),
    "contract_ending": Text(
        subject="Contract {{ number }} ends on {{ end_date }}",
        paragraphs=("Contract {{ number }} “{{ name }}” ends on {{ end_date }}.",),
        actions=(("View the contracts", "url"),),
        sms="{{ site_name }}: contract {{ number }} ends on {{ end_date }}. {{ url }}",
    ),
}
