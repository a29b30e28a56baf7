# The GraphQL service. Neo4j runs in its own container (docker-compose.yml).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so that a change in src/ does not reinstall them.
COPY package.json package-lock.json ./
# patch-package applies patches/ after every install (see src/db/driver.ts for why).
COPY patches ./patches
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY tools ./tools
COPY schema ./schema
COPY seed ./seed
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: the Cypher constraints and the seed that is loaded into an empty graph.
COPY schema ./schema
COPY seed ./seed
# The explorer page is served from its source folder: plain files, no build step.
COPY src/explore/public ./src/explore/public
# The files stay root-owned and read-only to the service, which writes nothing here.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
