from django.db import models


class RateLimitCounter(models.Model):
    """Requests counted in one rate-limit window, where no Redis is configured (core.ratelimit)."""

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "rate limit counter"
        verbose_name_plural = "rate limit counters"

    def __str__(self) -> str:
        return self.key
