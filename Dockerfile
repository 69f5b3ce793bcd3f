# Relais, the GitHub App, as one container. Build: docker build -t relais .
# Three stages: the first compiles TypeScript (dev dependencies); the second installs the production
# dependencies and compiles better-sqlite3's native module (it needs python3, make and g++, which the
# final image does not carry); the last holds only those, the compiled App and its data, and runs as the
# unprivileged `node` user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: `prepare` would build before the sources are copied (the native module is built below).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY data ./data
RUN npm run build

FROM node:20-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3 && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_URL=sqlite:/app/.relais/relais.sqlite
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY data ./data
COPY templates ./templates
COPY app.yml ./
RUN mkdir -p /app/.relais && chown node /app/.relais
USER node
EXPOSE 3000
# The load balancer's check too: 200 while Redis answers and the worker runs, 503 otherwise.
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/relais/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# What `npm start` runs (Probot's run, with the set-up page's manifest made safe); SIGTERM reaches
# Node directly (no npm in between) for the graceful shutdown.
CMD ["node", "dist/start.js"]
