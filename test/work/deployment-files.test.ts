/**
 * Docker cannot run on the development machine, so the deployment files are checked for what the
 * README promises: the compose file parses and runs two instances on one Redis (append-only,
 * noeviction) and PostgreSQL; the Dockerfile is multi-stage, installs production dependencies only
 * (with better-sqlite3's native module built where the compilers are), runs as a non-root user, checks
 * the health endpoint and starts what `npm start` starts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { HEALTH_PATH } from "../../src/work/health.js";

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
}

const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true }) as { services: Record<string, Service> };
const dockerfile = readFileSync("Dockerfile", "utf8");
const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string>; engines: { node: string } };

describe("docker-compose.yml", () => {
  const relais = Object.entries(compose.services).filter(([, service]) => service.build === ".");

  test("two Relais instances share one Redis and one PostgreSQL", () => {
    expect(relais.map(([name]) => name)).toHaveLength(2);
    for (const [, service] of relais) {
      expect(service.environment?.REDIS_URL).toBe("redis://redis:6379");
      expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\/relais:.*@postgres:5432\/relais$/);
      expect(Object.keys(service.depends_on ?? {}).sort()).toEqual(["postgres", "redis"]);
    }
  });

  test("Redis keeps its data and never evicts a job", () => {
    const command = compose.services.redis?.command ?? [];
    expect(command.join(" ")).toContain("--appendonly yes");
    expect(command.join(" ")).toContain("--maxmemory-policy noeviction");
  });
});

describe("Dockerfile", () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);

  test("builds, installs production dependencies with the native module, and runs them as a non-root user", () => {
    expect(stages).toHaveLength(3);
    const [build, deps, runtime] = stages as [string, string, string];
    expect(build).toMatch(/npm run build/);
    expect(deps).toMatch(/npm ci --omit=dev/);
    // --ignore-scripts skips better-sqlite3's build: it must be rebuilt, with compilers at hand.
    expect(deps).toMatch(/npm rebuild better-sqlite3/);
    expect(deps).toMatch(/apt-get install[^\n]*\bg\+\+/);
    expect(runtime).toMatch(/COPY --from=deps \/app\/node_modules/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist/);
    expect(runtime).toMatch(/^USER node$/m);
  });

  test("uses the Node version of engines, starts what npm start starts, and checks the health endpoint", () => {
    const major = /^>=(\d+)/.exec(packageJson.engines.node)![1];
    for (const stage of stages) expect(stage.startsWith(`node:${major}-`)).toBe(true);
    const command = JSON.parse(/^CMD (.+)$/m.exec(dockerfile)![1]!) as string[];
    expect(command.join(" ")).toBe(packageJson.scripts.start);
    expect(dockerfile).toContain(HEALTH_PATH);
  });
});
