import { describe, expect, it } from "vitest";

import {
  changedFields,
  fromDayKey,
  normaliseAmount,
  toDayKey,
  validateDealForm,
  type TDealFormValues,
} from "./deal-form";

const before: TDealFormValues = {
  title: "Pumps for Alfa",
  amount: "125000.00",
  currency: "CZK",
  expectedCloseAt: "2026-05-31",
  company: { id: "c1", name: "Alfa" },
  contact: null,
  partner: null,
};

describe("the deal form", () => {
  it("checks what the API would refuse, beside the field", () => {
    expect(validateDealForm(before)).toEqual({});
    expect(
      validateDealForm({
        ...before,
        title: " ",
        amount: "12.345",
        currency: "Kč",
        expectedCloseAt: "31.5.",
      }),
    ).toEqual({
      title: "required",
      amount: "amount",
      currency: "currency",
      expectedCloseAt: "date",
    });
    expect(validateDealForm({ ...before, amount: "1 250,5" })).toEqual({});
  });

  it("reads amounts as people type them", () => {
    expect(normaliseAmount("1 250,50")).toBe("1250.50");
    expect(normaliseAmount("1\u00a0000")).toBe("1000");
  });

  it("keeps calendar dates the same day in every time zone", () => {
    expect(toDayKey(fromDayKey("2026-05-31"))).toBe("2026-05-31");
    expect(fromDayKey("2026-02-31x")).toBeNull();
  });

  it("sends only what changed", () => {
    const after = { ...before, title: "Pumps for Alfa a.s. ", company: null, amount: "125000.00" };
    expect(changedFields(before, after, { amountEditable: true, closeDateShown: true })).toEqual({
      title: "Pumps for Alfa a.s.",
      companyId: null,
    });
  });

  it("never sends the amount or currency of a deal whose product lines make it up", () => {
    const after = { ...before, amount: "1", currency: "EUR", expectedCloseAt: "" };
    expect(changedFields(before, after, { amountEditable: false, closeDateShown: true })).toEqual({
      expectedCloseAt: null,
    });
    expect(changedFields(before, after, { amountEditable: false, closeDateShown: false })).toEqual(
      {},
    );
  });
});
