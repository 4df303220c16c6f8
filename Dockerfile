# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=optional
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps apps
COPY libs libs
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded PostgreSQL is an optional dependency: a production image talks to DATABASE_URL.
RUN npm ci --omit=dev --omit=optional && npm cache clean --force
COPY --from=build /app/dist dist
# The heap bound of every process of the image (API and CLI), as `npm run start:prod` applies it:
# V8 then keeps its heap compact under load (an API process near 200 MB of RSS instead of 270–370),
# and 512 MB leaves room for the largest import (docs/pagespeed.md, memory). Set NODE_OPTIONS to replace it.
ENV NODE_OPTIONS="--max-old-space-size=512"
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/api/src/main.js"]
