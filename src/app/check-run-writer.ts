/**
 * The one write of a pull-request audit: a completed "Relais" check run on the head commit, created
 * in a single request (no "in progress" step: it would double the writes for a few seconds of
 * spinner). The pull request's number goes in `external_id`, so that a re-run of a check on a fork's
 * commit, whose event lists no pull request, still finds it.
 */
import type { GithubClient } from "../sources/github.js";
import type { CheckConclusion } from "./check-run-plan.js";
import type { CheckRunOutput } from "./check-run-output.js";

export const CHECK_NAME = "Relais";

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  number: number;
}

export async function writeCheckRun(octokit: GithubClient, target: CheckRunTarget, conclusion: CheckConclusion, output: CheckRunOutput, completedAt: Date): Promise<number> {
  const request = octokit.request("POST /repos/{owner}/{repo}/check-runs", {
    owner: target.owner,
    repo: target.repo,
    name: CHECK_NAME,
    head_sha: target.headSha,
    status: "completed",
    conclusion,
    completed_at: completedAt.toISOString(),
    external_id: String(target.number),
    output: { title: output.title, summary: output.summary },
  });
  try {
    const { data } = await request;
    return Number(data.id);
  } catch (error) {
    // An installation made before check runs existed must accept the new permission first.
    if ((error as { status?: number }).status === 403 && !/rate limit/i.test(String((error as Error).message))) {
      throw Object.assign(new Error(`${target.owner}/${target.repo}: GitHub refused to create the check run (403): the installation has not granted "checks: write"; an organisation owner must accept the App's new permissions in the installation settings`), { status: 403 });
    }
    throw error;
  }
}
