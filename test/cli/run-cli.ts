/** Runs the command line in-process, capturing stdout, stderr and the exit code. */
import { main } from "../../src/cli/main.js";

export async function runCli(argv: string[], env: Record<string, string | undefined>) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { write: (t: string) => (stdout += t) }, { write: (t: string) => (stderr += t) }, env);
  return { code, stdout, stderr };
}
