/**
 * The same contract on a real PostgreSQL server: `.ci/run` starts one and sets
 * RELAIS_TEST_POSTGRES_URL. Locally without a server the suite is skipped and says so; in CI it fails.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, test } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { storeContract } from "./store-contract.js";

const url = process.env.RELAIS_TEST_POSTGRES_URL;
if (!url && process.env.CI) throw new Error("RELAIS_TEST_POSTGRES_URL is not set: .ci/run starts PostgreSQL (see .ci/postgres.sh)");

/** A fresh database per test, so the contract starts empty each time. */
async function freshDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `relais_${randomUUID().replace(/-/g, "")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url!);
  target.pathname = `/${name}`;
  return target.toString();
}

describe.skipIf(!url)("PostgreSQL store", () => {
  storeContract(async () => openStore(await freshDatabase()));
});

if (!url) test.skip("PostgreSQL store: skipped, no server (set RELAIS_TEST_POSTGRES_URL, or run .ci/postgres.sh)", () => undefined);
