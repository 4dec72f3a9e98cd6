"""The terms printed on every receipt, per language (content, like the notification texts)."""

TERMS = {
    "en": (
        "We keep the device for 90 days after we tell you it is ready. "
        "Data on the device is your responsibility: back it up before the repair. "
        "The device is handed back only against this receipt or an identity document."
    ),
    "ru": (
        "Мы храним устройство 90 дней после уведомления о готовности. "
        "За данные на устройстве отвечает владелец: сделайте резервную копию до ремонта. "
        "Устройство выдаётся только по этой квитанции или документу, удостоверяющему личность."
    ),
    "fa": (
        "دستگاه تا ۹۰ روز پس از اعلام آماده بودن نزد ما نگهداری می‌شود. "
        "مسئولیت اطلاعات روی دستگاه با شماست: پیش از تعمیر از آن نسخه پشتیبان بگیرید. "
        "دستگاه فقط با ارائه این رسید یا مدرک شناسایی تحویل داده می‌شود."
    ),
    "zh-hans": ("设备在通知您可取回后保留90天。设备上的数据由您自行负责：请在维修前备份。凭本收据或身份证件取回设备。"),
}


def terms_for(language: str) -> str:
    return TERMS.get(language, TERMS["en"])
