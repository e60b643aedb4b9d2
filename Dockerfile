# Pathways API image: build with dev dependencies, run with production ones only.
# Node.js 22 LTS, as package.json's engines asks.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY bench ./bench
COPY console ./console
RUN npm run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production NODE_PATH=/app/dist
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# Ready when /health answers 200 (the database, and the search engine when one is set, reachable).
HEALTHCHECK --interval=10s --timeout=6s --start-period=60s --retries=3 \
  CMD ["node", "dist/src/health/cli/healthcheck.js"]
# A larger young generation: fewer, cheaper collections under request load (README, "Speed").
CMD ["node", "--max-semi-space-size=64", "dist/src/main.js"]
