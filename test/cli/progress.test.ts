import { describe, expect, it } from "vitest";
import { ProgressBar } from "../../src/cli/progress.js";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 60, write: (text: string) => chunks.push(text) };
}

describe("ProgressBar", () => {
  it("draws one line in place on a terminal, keeps messages above it, and leaves nothing behind", () => {
    const tty = stream(true);
    const bar = new ProgressBar(tty, 2, "eig");
    bar.started("eig/un");
    bar.log("relais: note: something");
    bar.finished();
    bar.finished();
    bar.stop();
    expect(tty.chunks[0]).toBe("\r\u001b[2Keig ░░░░░░░░░░░░░░░░░░░░░░░░ 0/2 eig/un");
    expect(tty.chunks).toContain("relais: note: something\n");
    expect(tty.chunks).toContain("\r\u001b[2Keig ████████████████████████ 2/2 eig/un");
    expect(tty.chunks.at(-1)).toBe("\r\u001b[2K");
  });

  it("writes nothing but messages when stderr is not a terminal", () => {
    const pipe = stream(false);
    const bar = new ProgressBar(pipe, 3, "eig");
    bar.started("eig/\u001b[31mun");
    bar.finished();
    bar.log("a note");
    bar.stop();
    expect(pipe.chunks).toEqual(["a note\n"]);
  });
});
