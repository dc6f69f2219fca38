# syntax=docker/dockerfile:1
# One image per service from one Dockerfile:
#   docker build --build-arg SERVICE=fetcher -t presswatch/fetcher:dev .
# SERVICE is one of fetcher, cleaner, enricher, indexer, or cli (the command-line tools, whose
# `monitor --serve` is the lag exporter of deploy/k8s/base/monitoring/lag-exporter.yaml); checked below and
# by tests/deploy.
#
# Stages: `deps` installs the npm workspaces from the lockfile; `build` compiles the service and the libs
# it references (tsc -b apps/$SERVICE) and stages what runs; `prod-deps` installs production dependencies
# only; the runtime image gets those, the built libs/*/dist and apps/$SERVICE/dist with their package.json
# files (the workspace links in node_modules/@presswatch point at them), and runs as a non-root user.
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS toolchain
# better-sqlite3 falls back to a source build when no prebuilt binary matches.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Every workspace manifest, so `npm ci` matches the lockfile; sources come later to keep this layer cached.
COPY package.json package-lock.json ./
COPY apps/cleaner/package.json apps/cleaner/
COPY apps/cli/package.json apps/cli/
COPY apps/enricher/package.json apps/enricher/
COPY apps/fetcher/package.json apps/fetcher/
COPY apps/indexer/package.json apps/indexer/
COPY libs/contracts/package.json libs/contracts/
COPY libs/pipeline-state/package.json libs/pipeline-state/
COPY libs/enrichment/package.json libs/enrichment/
COPY libs/enrichment-evaluation/package.json libs/enrichment-evaluation/
COPY libs/fetching/package.json libs/fetching/
COPY libs/kafka-messaging/package.json libs/kafka-messaging/
COPY libs/release-processing/package.json libs/release-processing/
COPY libs/search-index/package.json libs/search-index/
COPY libs/service-runtime/package.json libs/service-runtime/
COPY libs/text-cleaning/package.json libs/text-cleaning/
COPY libs/timing/package.json libs/timing/

FROM toolchain AS prod-deps
RUN npm ci --omit=dev --no-audit --no-fund

FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY libs libs
COPY apps apps
COPY samples/releases samples/releases
ARG SERVICE
RUN case "$SERVICE" in fetcher|cleaner|enricher|indexer|cli) ;; *) echo "build with --build-arg SERVICE=fetcher|cleaner|enricher|indexer|cli (got '$SERVICE')" >&2; exit 1;; esac
RUN node_modules/.bin/tsc -b "apps/$SERVICE"
# Stage the runtime tree: every package.json (the workspace links need their targets), the dist folders
# tsc built for this service, without tests, declarations and build info; the sample corpus for the fetcher.
RUN set -eu; mkdir -p /out; \
    cp package.json /out/; \
    for pkg in apps/* libs/*; do \
      mkdir -p "/out/$pkg"; cp "$pkg/package.json" "/out/$pkg/"; \
      if [ -d "$pkg/dist" ]; then cp -r "$pkg/dist" "/out/$pkg/dist"; fi; \
    done; \
    find /out -type f \( -name '*.spec.js' -o -name '*.spec.js.map' -o -name '*.d.ts' -o -name '*.d.ts.map' -o -name '*.tsbuildinfo' \) -delete; \
    test -f "/out/apps/$SERVICE/dist/main.js"; \
    if [ "$SERVICE" = fetcher ]; then mkdir -p /out/samples && cp -r samples/releases /out/samples/releases; fi

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /src/node_modules ./node_modules
COPY --from=build /out/ ./
ARG SERVICE
LABEL org.opencontainers.image.title="presswatch-${SERVICE}"
# The `node` user of the base image, by id so Kubernetes can verify runAsNonRoot. Files stay root-owned:
# the service writes nothing (PostgreSQL holds its state), and Kubernetes mounts a read-only root.
USER 1000:1000
# Relative paths in the configuration (FETCHER_FOLDER, sqlite: URLs) resolve from the service folder, as
# when run from the checkout; node_modules is found above it.
WORKDIR /app/apps/${SERVICE}
CMD ["node", "dist/main.js"]
