import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { memorySnapshot, type RepoMetadata } from "../../src/engine/snapshot.js";

const check = (metadata: Partial<RepoMetadata>) => audit(memorySnapshot({}, metadata)).findings.find((f) => f.rule === "repository-public")!;

describe("repository-public", () => {
  it.each([
    ["a local directory, whatever it claims", { source: "local", visibility: "public" }, "skip", "repository-public.local"],
    ["a public GitHub repository", { source: "github", visibility: "public" }, "pass", "repository-public.public"],
    ["a private GitHub repository", { source: "github", visibility: "private" }, "fail", "repository-public.not-public"],
    ["an internal GitHub repository", { source: "github", visibility: "internal" }, "fail", "repository-public.not-public"],
    ["a GitHub repository of unknown visibility", { source: "github" }, "skip", "repository-public.unknown"],
  ] as const)("%s", (_, metadata, status, key) => {
    expect(check(metadata)).toMatchObject({ status, message: { key } });
  });

  it("names the visibility it found", () => {
    expect(check({ source: "github", visibility: "internal", fullName: "org/app" }).message.params).toEqual({ repository: "org/app", visibility: "internal" });
  });
});
