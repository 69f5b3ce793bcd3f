/**
 * The App with its SQLite store in a process of its own, so a test can kill it with SIGKILL in the
 * middle of an installation and start it again. Reads RELAIS_SIMULATOR_URL and DATABASE_URL; prints
 * "listening URL" once the webhook server is up.
 */
import type { GithubSimulator } from "../support/github-simulator.js";
import { startApp } from "../support/github-app-harness.js";
import { openStore } from "../../src/store/open-store.js";

const store = await openStore(process.env.DATABASE_URL!);
const app = await startApp({ url: process.env.RELAIS_SIMULATOR_URL! } as GithubSimulator, { store, catchUpJitterMs: 0, logLevel: "warn" });
process.stdout.write(`listening ${app.url}\n`);
