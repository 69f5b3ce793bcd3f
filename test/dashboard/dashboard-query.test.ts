/** The dashboard's address bar: only known values reach the store, and links keep the filters. */
import { describe, expect, test } from "vitest";
import { queryString, readQuery, storeQuery } from "../../src/dashboard/dashboard-query.js";

const read = (text: string) => readQuery(new URLSearchParams(text));

describe("dashboard query", () => {
  test("known filters are read, unknown values ignored", () => {
    expect(read("org=eig&state=not-ready&rule=readme&licence=EUPL-1.2&homologated=no&q=%20pret%20&sort=missing&desc=1&page=3&lang=en")).toEqual({
      language: "en",
      filter: { organisation: "eig", state: "not-ready", rule: "readme", licence: "EUPL-1.2", homologated: false, search: "pret" },
      sort: "missing",
      descending: true,
      page: 3,
    });
    expect(read("state=drop%20table&rule=nope&sort=1;DROP&page=-4&homologated=maybe&lang=de")).toEqual({ language: "fr", filter: {}, sort: "name", descending: false, page: 1 });
    expect(read("q=" + "x".repeat(500)).filter.search).toHaveLength(100);
  });

  test("pages become offsets; links round-trip", () => {
    const query = read("org=eig&rule=readme&page=2");
    expect(storeQuery(query)).toMatchObject({ organisation: "eig", rule: "readme", limit: 50, offset: 50 });
    expect(queryString(query, { page: 3 })).toBe("?org=eig&rule=readme&page=3");
    expect(read(queryString(query).slice(1))).toEqual(query);
    expect(queryString(read(""))).toBe("");
  });
});
