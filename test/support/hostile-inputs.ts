/** Hostile inputs shared by the hardening tests, written here rather than copied from anywhere. */

/** Nine levels of ten aliases each: a billion values once expanded. The first alias is on line 2. */
export function aliasBomb(): string {
  const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`);
  }
  return `${lines.join("\n")}\nrules: *i\n`;
}
