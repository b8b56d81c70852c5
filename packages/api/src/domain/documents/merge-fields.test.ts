import { describe, expect, it } from "vitest";

import {
  describeAllowedFields,
  findMergePaths,
  findTemplateProblems,
  renderTemplate,
  type TCustomKeys,
  type TMergeValue,
} from "./merge-fields";
import { htmlTable } from "./merge-tables";

const CUSTOM: TCustomKeys = { company: new Set(["segment"]), contact: new Set() };

describe("merge fields: saving a template", () => {
  it("[I1] accepts the seeded templates' fields, custom fields of the project and spacing", () => {
    const body =
      "<h1>Offer {{deal.title}}</h1><p>{{ project.legalName }}, {{company.custom.segment}}</p>";
    expect(findTemplateProblems(body, CUSTOM)).toEqual([]);
    expect(findMergePaths(body)).toEqual([
      "deal.title",
      "project.legalName",
      "company.custom.segment",
    ]);
  });

  it("[I1] an unknown field is named, with every allowed field listed", () => {
    const [problem, ...rest] = findTemplateProblems(
      "<p>{{deal.titel}} {{company.custom.nope}} {{contact.custom.segment}} {{project}}</p>",
      CUSTOM,
    );
    expect(rest).toEqual([]);
    expect(problem).toContain(
      "unknown merge fields {{deal.titel}}, {{company.custom.nope}}, {{contact.custom.segment}}, {{project}}",
    );
    expect(problem).toContain(describeAllowedFields(CUSTOM));
    expect(problem).toContain("company.custom.segment");
    expect(problem).toContain("deal.products");
  });

  it("an unclosed token and markup that runs code are refused, each with its reason", () => {
    const problems = findTemplateProblems(
      '<p onclick="x()">{{deal.title</p><script>1</script><a href=" javascript:alert(1)">x</a>',
      CUSTOM,
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain("never closed");
    expect(problems.join(" ")).toMatch(/tag "<script"/);
    expect(problems.join(" ")).toMatch(/event handler/);
    expect(problems.join(" ")).toMatch(/script URL/);
  });

  it("prose that merely mentions data: or online = is not mistaken for code", () => {
    expect(
      findTemplateProblems("<p>Personal data: kept. Status online = yes.</p>", CUSTOM),
    ).toEqual([]);
  });
});

describe("merge fields: rendering", () => {
  it("escapes every merged value as HTML and never re-reads a merged value", () => {
    const values = new Map<string, TMergeValue>([
      ["company.name", `<script>alert("x")</script> & 'Co' {{project.legalName}}`],
      ["project.legalName", "Charter"],
    ]);
    expect(renderTemplate("<p>{{company.name}}</p>", values)).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; {{project.legalName}}</p>",
    );
  });

  it("a field without a value (hidden, deleted since) merges as empty and never throws", () => {
    expect(renderTemplate("<p>[{{deal.amount}}] [{{company.custom.gone}}]</p>", new Map())).toBe(
      "<p>[] []</p>",
    );
  });

  it("tables are built from escaped cells", () => {
    const table = htmlTable(["<b>"], [["<img src=x onerror=alert(1)>"]]);
    expect(renderTemplate("{{deal.products}}", new Map([["deal.products", table]]))).toBe(
      "<table><thead><tr><th>&lt;b&gt;</th></tr></thead><tbody><tr><td>&lt;img src=x onerror=alert(1)&gt;</td></tr></tbody></table>",
    );
  });
});
