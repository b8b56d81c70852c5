import { describe, expect, it } from "vitest";

import { splitExplanation } from "./explanation";

describe("splitExplanation", () => {
  it("splits an allowance into its clauses", () => {
    expect(
      splitExplanation(
        "Allowed: role Sales representative grants edit on companies at scope own; you are the responsible.",
      ),
    ).toEqual({
      reasons: [
        "Role Sales representative grants edit on companies at scope own",
        "You are the responsible",
      ],
      notes: [],
    });
  });

  it("keeps the near misses of a refusal as notes", () => {
    expect(
      splitExplanation(
        "Denied: no role, group or override grants edit on companies for this record. Role Sales representative grants it at scope own, but the responsible is Eva Horáková, not you.",
      ),
    ).toEqual({
      reasons: ["No role, group or override grants edit on companies for this record"],
      notes: [
        "Role Sales representative grants it at scope own, but the responsible is Eva Horáková, not you",
      ],
    });
  });

  it("keeps dotted paths and times whole", () => {
    const text =
      "Allowed: role crm_pam grants edit on deals at scope project; its condition holds: deal.partner.responsibleId = you.";
    expect(splitExplanation(text).reasons).toEqual([
      "Role crm_pam grants edit on deals at scope project",
      "Its condition holds: deal.partner.responsibleId = you",
    ]);
    expect(
      splitExplanation("Denied: your access expired at 2026-01-01T00:00:00.000Z.").reasons,
    ).toEqual(["Your access expired at 2026-01-01T00:00:00.000Z"]);
  });
});
