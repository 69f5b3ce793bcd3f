import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localSnapshot, SourceError } from "../../src/sources/local.js";
import { tempTree } from "../support/temp-dir.js";

describe("localSnapshot", () => {
  it("lists every file but .git and node_modules, sorted, with POSIX paths", () => {
    const root = tempTree({ "README.md": "# x", "docs/a.md": "a", "node_modules/x/README.md": "no", ".git/HEAD": "no", "src/deep/file.ts": "" });
    expect(localSnapshot(root).files).toEqual(["README.md", "docs/a.md", "src/deep/file.ts"]);
  });

  it("reads texts lazily, and says why it did not read binary and oversized files", () => {
    const root = tempTree({ "README.md": "Bonjour", "logo.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), "dump.sql": "x".repeat(1_000_001) });
    const snapshot = localSnapshot(root);
    expect(snapshot.content("README.md")).toMatchObject({ state: "text", text: "Bonjour" });
    expect(snapshot.content("logo.png").state).toBe("binary");
    expect(snapshot.content("dump.sql")).toEqual({ state: "too-large", size: 1_000_001 });
    expect(snapshot.content("absent.md").state).toBe("missing");
  });

  it("decodes Latin-1, UTF-16 and BOMs instead of crashing or garbling", () => {
    const latin1 = Buffer.from("Licence définie", "latin1");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Licence ouverte", "utf16le")]);
    const utf16NoBom = Buffer.from("MIT License", "utf16le");
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("# Titre")]);
    const snapshot = localSnapshot(tempTree({ "a.txt": latin1, "b.txt": utf16, "c.txt": utf16NoBom, "d.md": bom }));
    expect(snapshot.content("a.txt").text).toBe("Licence définie");
    expect(snapshot.content("b.txt").text).toBe("Licence ouverte");
    expect(snapshot.content("c.txt").text).toBe("MIT License");
    expect(snapshot.content("d.md").text).toBe("# Titre");
  });

  it("never follows a symbolic link out of the repository", () => {
    const outside = tempTree({ "secret.txt": "password" });
    const root = tempTree({ "README.md": "x" });
    symlinkSync(join(outside, "secret.txt"), join(root, "LICENSE"));
    symlinkSync(outside, join(root, "linked-dir"));
    writeFileSync(join(root, "inside.md"), "inside");
    symlinkSync(join(root, "inside.md"), join(root, "alias.md"));
    const snapshot = localSnapshot(root);
    expect(snapshot.files).not.toContain("linked-dir/secret.txt");
    expect(snapshot.content("LICENSE").state).toBe("unreadable");
    expect(snapshot.content("alias.md")).toMatchObject({ state: "text", text: "inside" });
  });

  it("in a git checkout, lists tracked files only, and records the head commit", () => {
    const root = tempTree({ "README.md": "x", "tracked/a.md": "a", "untracked.md": "u" });
    const git = (...args: string[]) => execFileSync("git", ["-C", root, "-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { stdio: "pipe" });
    git("init", "-q");
    git("add", "README.md", "tracked/a.md");
    git("commit", "-qm", "init");
    const snapshot = localSnapshot(root);
    expect(snapshot.files).toEqual(["README.md", "tracked/a.md"]);
    expect(snapshot.metadata.headCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(localSnapshot(join(root, "tracked")).files).toEqual(["a.md"]);
  });

  it.each([
    ["a missing directory", (root: string) => join(root, "nope"), /no such directory/],
    ["a file", (root: string) => join(root, "README.md"), /is a file, not a directory/],
  ])("refuses %s with a message saying what to give", (_name, pick, message) => {
    const root = tempTree({ "README.md": "x" });
    expect(() => localSnapshot(pick(root))).toThrow(SourceError);
    expect(() => localSnapshot(pick(root))).toThrow(message);
  });

  it("does not crash on an unreadable entry", () => {
    const root = tempTree({ "README.md": "x" });
    mkdirSync(join(root, "fifo-dir"));
    execFileSync("mkfifo", [join(root, "fifo-dir", "pipe")]);
    const snapshot = localSnapshot(root);
    expect(snapshot.content("fifo-dir/pipe").state).not.toBe("text");
  });
});
