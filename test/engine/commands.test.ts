import { describe, expect, it } from "vitest";
import { blockCommands, classifyCommand, identityWords, inlineCommands, installsSomethingElse, isCommandLine } from "../../src/engine/commands.js";

describe("commands", () => {
  it.each([
    ["npm ci", true],
    ["$ docker compose up -d", true],
    ["sudo make install", true],
    ["AUTOLOAD=/tmp yarn dev", true],
    ["./create_virtualenv.sh", true],
    ["# installer les dépendances", false],
    ["Le compte administrateur est dans le coffre", false],
    ["http://localhost:5000/api/v1/affairs", false],
  ])("isCommandLine(%s) = %s", (line, expected) => {
    expect(isCommandLine(line)).toBe(expected);
  });

  it("takes every line of a shell block, known commands only elsewhere, nothing from config blocks", () => {
    expect(blockCommands({ lang: "bash", value: "# deps\nmytool --init\nmytool run", line: 1 })).toEqual(["mytool --init", "mytool run"]);
    expect(blockCommands({ lang: "(bash)", value: "cd /opt/app", line: 1 })).toEqual(["cd /opt/app"]);
    expect(blockCommands({ lang: null, value: "npm ci\nhello world", line: 1 })).toEqual(["npm ci"]);
    expect(blockCommands({ lang: "js", value: "npm.install()", line: 1 })).toEqual([]);
    expect(blockCommands({ lang: "yaml", value: "make: true", line: 1 })).toEqual([]);
  });

  it("keeps inline spans that are commands, not names", () => {
    expect(inlineCommands([{ text: "npm run start:docker", line: 1 }, { text: ".env", line: 1 }, { text: "cibnav", line: 1 }])).toEqual(["npm run start:docker"]);
  });

  it.each([
    ["npm install", "project", []],
    ["yarn", "project", []],
    ["pip install -r requirements.txt", "project", []],
    ["pip install -e .", "project", []],
    ["python -m pip install requests", "package", ["requests"]],
    ["yarn add vuepress-theme-gouv-fr", "package", ["vuepress-theme-gouv-fr"]],
    ["npm install -g @opendataschema/table-schema-to-markdown", "package", ["@opendataschema/table-schema-to-markdown"]],
    ["composer require symfony/yaml", "package", ["symfony/yaml"]],
    ["apt-get install postgresql", "other", []],
    ["make up", "project", []],
  ])("classifyCommand(%s)", (line, kind, packages) => {
    expect(classifyCommand(line)).toEqual({ kind, packages });
  });

  it("tells a page that installs someone else's package from the project's own steps", () => {
    const identity = new Set(["cibnav"]);
    expect(installsSomethingElse(["yarn add vuepress-theme-gouv-fr"], identity)).toBe(true);
    expect(installsSomethingElse(["yarn add vuepress-theme-gouv-fr", "yarn dev"], identity)).toBe(false);
    expect(installsSomethingElse(["pip install cibnav"], identity)).toBe(false);
    expect(installsSomethingElse(["make install"], identity)).toBe(false);
  });

  it("keeps the distinctive words of a name", () => {
    expect(identityWords("@agencebio/cartobio-api")).toEqual(["agencebio", "cartobio"]);
    expect(identityWords("entrepreneur-interet-general/opencollectivites")).toEqual(["opencollectivites"]);
  });
});
