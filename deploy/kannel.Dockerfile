# Kannel (bearerbox + smsbox) from Debian's package, configured by deploy/kannel.conf.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends kannel \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/log/kannel /var/spool/kannel
EXPOSE 13013
# smsbox gives up if bearerbox is not listening yet: give it a moment.
CMD ["sh", "-c", "bearerbox /etc/kannel/kannel.conf & sleep 3; exec smsbox /etc/kannel/kannel.conf"]
