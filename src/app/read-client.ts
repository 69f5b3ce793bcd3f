/**
 * The installation client Relais reads with (the tree, the audit query, the label query, `_extends`
 * files). Built like Probot's own installation client (`app.auth(id)`: same class, options, logger and
 * token cache, so no extra token request), except that plugin-throttling's write lane is replaced by
 * a pass-through and its GraphQL queries go through a per-installation `QueryLane`: see
 * ../sources/github-read-lane.ts for why. The writes keep Probot's client, paced as writes.
 */
import type { Probot, ProbotOctokit } from "probot";
import { readOnly, unpacedGroup, type QueryLane } from "../sources/github-read-lane.js";

type Octokit = InstanceType<typeof ProbotOctokit>;

interface FactoryOptions {
  octokit: Octokit;
  octokitOptions: { throttle?: { enabled?: boolean } & Record<string, unknown>; auth?: Record<string, unknown> } & Record<string, unknown>;
  [other: string]: unknown;
}

export async function installationReadClient(app: Probot, installationId: number, lane: Pick<QueryLane, "run">): Promise<Octokit> {
  const appOctokit = await app.auth();
  const auth = appOctokit.auth as (options: object) => Promise<unknown>;
  const octokit = (await auth({
    type: "installation",
    installationId,
    // The same factory as Probot's getAuthenticatedOctokit, with the write lane swapped.
    factory: ({ octokit: base, octokitOptions, ...otherOptions }: FactoryOptions) => {
      const Octokit = base.constructor as new (options: object) => Octokit;
      return new Octokit({
        ...octokitOptions,
        log: app.log.child({ name: "github" }),
        throttle: octokitOptions.throttle?.enabled ? { ...octokitOptions.throttle, id: String(installationId), write: unpacedGroup } : { enabled: false },
        auth: { ...octokitOptions.auth, otherOptions, installationId },
      });
    },
  })) as Octokit;
  return readOnly(octokit, lane);
}
