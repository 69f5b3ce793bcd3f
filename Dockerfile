# Relais, the GitHub App, as one container. Build: docker build -t relais .
# Two stages: the first compiles TypeScript (dev dependencies), the second holds only production
# dependencies, the compiled App and its data, and runs as the unprivileged `node` user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: `prepare` would build before the sources are copied.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY data ./data
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
COPY templates ./templates
COPY app.yml ./
USER node
EXPOSE 3000
# The load balancer's check too: 200 while Redis answers and the worker runs, 503 otherwise.
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/relais/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# What `npm start` runs; SIGTERM reaches Node directly (no npm in between) for the graceful shutdown.
CMD ["node_modules/.bin/probot", "run", "./dist/index.js"]
