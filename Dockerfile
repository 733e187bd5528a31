# RoleCompare in a container: compiled JavaScript, production dependencies only, and node itself as
# the container's main process, so `docker stop` (SIGTERM) reaches the bot, which closes the
# gateway and exits 0. Build: docker build -t rolecompare .   Run: docker run --env-file .env rolecompare
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
# data/ parsed once here, as root: the bot (user node, which cannot write /app/data) then reads
# data/.cache at every start and never loads the YAML parser. Validation still runs at each start.
RUN node --input-type=module -e "await (await import('./dist/knowledge/load-knowledge.js')).loadKnowledge()"
USER node
# Not `npm start`: the process Docker signals must be the bot itself (the same command npm start
# execs, memory settings included: see "Memory" in the README).
CMD ["env", "MALLOC_ARENA_MAX=2", "node", "--max-semi-space-size=1", "--max-old-space-size=320", "--heap-growing-percent=20", "dist/discord/main.js"]
