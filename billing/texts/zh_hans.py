"""Default Simplified Chinese texts of the billing messages."""

from notifications.defaults import Text

TEXTS = {
    "invoice_issued": Text(
        subject="发票 {{ number }}：{{ amount }}",
        paragraphs=("我们已开具发票 {{ number }}，金额 {{ amount }}，付款截止日期 {{ due_date }}。",),
        actions=(("查看发票", "url"),),
        sms="{{ site_name }}：发票 {{ number }}，金额 {{ amount }}，截止 {{ due_date }}。{{ url }}",
    ),
    "invoice_overdue": Text(
        subject="发票 {{ number }} 已逾期",
        paragraphs=("发票 {{ number }}（未付 {{ amount }}）已于 {{ due_date }} 到期，请尽快付款。",),
        actions=(("查看发票", "url"),),
        sms="{{ site_name }}：发票 {{ number }} 已逾期（{{ amount }}）。{{ url }}",
    ),
    "payment_under_review": Text(
        subject="待审核付款 {{ number }}：{{ customer_name }}",
        paragraphs=("{{ customer_name }} 登记了付款 {{ number }}，金额 {{ amount }}。",),
        actions=(("审核", "url"),),
        sms="{{ site_name }}：付款 {{ number }}（{{ amount }}）待审核。{{ url }}",
    ),
    "payment_accepted": Text(
        subject="付款 {{ number }} 已确认",
        paragraphs=(
            "我们已确认您的付款 {{ number }}，金额 {{ amount }}。",
            ("credit", "{{ credit }} 已计入您的余额。"),
        ),
        actions=(("查看付款", "url"),),
        sms="{{ site_name }}：付款 {{ number }}（{{ amount }}）已确认。{{ url }}",
    ),
    "payment_rejected": Text(
        subject="付款 {{ number }} 被拒绝",
        paragraphs=(
            "我们无法确认您的付款 {{ number }}，金额 {{ amount }}。",
            "原因：{{ reason }}",
            "您可以在下方页面提交更正后的付款。",
        ),
        actions=(("查看付款", "url"),),
        sms="{{ site_name }}：付款 {{ number }} 被拒绝：{{ reason }} {{ url }}",
    ),
    "contract_ending": Text(
        subject="合同 {{ number }} 将于 {{ end_date }} 到期",
        paragraphs=("合同 {{ number }}“{{ name }}”将于 {{ end_date }} 到期。",),
        actions=(("查看合同", "url"),),
        sms="{{ site_name }}：合同 {{ number }} 将于 {{ end_date }} 到期。{{ url }}",
    ),
}
