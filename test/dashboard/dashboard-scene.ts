/**
 * The App with a real SQLite store and the dashboard mounted through Probot's `addHandler`, against the
 * GitHub simulator: organisation "eig" with a ready public repository, a public one missing documents
 * and a private one.
 */
import { join } from "node:path";
import { startScenario, type HarnessOptions, type Scenario } from "../support/github-app-harness.js";
import { missingDocsFiles, ORGANISATION_CONFIG, readyFiles } from "../support/github-fixtures.js";
import { tempTree } from "../support/temp-dir.js";
import { createDashboardHandler } from "../../src/dashboard/dashboard-handler.js";
import type { GithubSignIn } from "../../src/dashboard/github-sign-in.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

export interface DashboardScene extends Scenario {
  store: Store;
  /** The App's origin, "http://127.0.0.1:PORT". */
  origin: string;
  /** The SQLite file, when the scene made it. */
  databasePath?: string;
}

export async function startDashboardScene(options: { signIn?: GithubSignIn; databaseUrl?: string; harness?: HarnessOptions } = {}): Promise<DashboardScene> {
  const databasePath = options.databaseUrl ? undefined : join(tempTree({}), "relais.sqlite");
  const store = await openStore(options.databaseUrl ?? `sqlite:${databasePath}`);
  const scenario = await startScenario(
    ORGANISATION_CONFIG,
    (github) => {
      github.addRepository("eig/pret", readyFiles(), { description: "Un défi <b>prêt</b>" });
      github.addRepository("eig/sans-docs", missingDocsFiles());
      github.addRepository("eig/confidentiel", missingDocsFiles(), { private: true });
    },
    {
      store,
      catchUpJitterMs: 0,
      mount: (_app, appOptions) => appOptions.addHandler(createDashboardHandler({ store, sessionSecret: "test-secret", signIn: options.signIn })),
      ...options.harness,
    },
  );
  return {
    ...scenario,
    store,
    databasePath,
    origin: new URL(scenario.app.url).origin,
    async close() {
      await scenario.close();
      await store.close();
    },
  };
}
