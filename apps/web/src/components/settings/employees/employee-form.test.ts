import { describe, expect, it } from "vitest";

import { changedEmployeeFields, toEmployeeForm } from "./employee-form";

const OLGA = {
  name: "Olga Ivanova",
  phone: null,
  position: "Sales representative",
  managerId: "petrov",
  departmentId: "sales-prague",
  branchId: "prague",
  directionId: null,
  shownInList: true,
  reminderIntervalMinutes: 15,
};

describe("changedEmployeeFields", () => {
  it("is null when nothing changed", () => {
    expect(changedEmployeeFields(OLGA, toEmployeeForm(OLGA))).toBeNull();
  });

  it("sends only what changed, an emptied box as null", () => {
    const form = {
      ...toEmployeeForm(OLGA),
      position: "  ",
      reminderIntervalMinutes: "",
      branchId: "brno",
    };
    expect(changedEmployeeFields(OLGA, form)).toEqual({
      position: null,
      reminderIntervalMinutes: null,
      branchId: "brno",
    });
  });

  it("reads the reminder interval as a number and trims the name", () => {
    const form = { ...toEmployeeForm(OLGA), name: " Olga I. ", reminderIntervalMinutes: "30" };
    expect(changedEmployeeFields(OLGA, form)).toEqual({
      name: "Olga I.",
      reminderIntervalMinutes: 30,
    });
  });

  it("turns the list flag off", () => {
    expect(changedEmployeeFields(OLGA, { ...toEmployeeForm(OLGA), shownInList: false })).toEqual({
      shownInList: false,
    });
  });
});
