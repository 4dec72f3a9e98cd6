FROM python:3.13-slim
ENV PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock
COPY . .
RUN DEBUG=false SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput -v 0
# The processes run as an unprivileged user: the code stays root-owned and read-only to them;
# they may write only the upload directories (compose mounts volumes there).
RUN useradd --system --uid 10001 --no-create-home --home-dir /app omsportal \
 && mkdir -p /app/media /app/private \
 && chown omsportal:omsportal /app/media /app/private
USER omsportal
ENV DEBUG=false
