import { describe, expect, it } from "vitest";

import { checkDraft, draftFromTask, emptyDraft, toCreateInput, toUpdateFields } from "./task-draft";

const me = { id: "me", name: "Olga Ivanova" };
const colleague = { id: "c1", name: "Eva Horáková" };
const stored = {
  title: "Send the offer",
  description: null,
  dueAt: new Date(2026, 2, 11, 9, 30, 15),
  assignee: me,
  participants: [],
};

describe("checkDraft", () => {
  it("wants a title and a readable due time", () => {
    expect(checkDraft({ ...emptyDraft(me), title: "  " })).toEqual({ title: "required" });
    expect(checkDraft({ ...emptyDraft(me), title: "Call", due: "2026-13-01T10:00" })).toEqual({
      due: "invalid",
    });
    expect(checkDraft({ ...emptyDraft(me), title: "Call" })).toEqual({});
  });
});

describe("toCreateInput", () => {
  const draft = {
    ...emptyDraft(me),
    title: "  Call back ",
    due: "2026-03-12T10:00",
    assignee: colleague,
    participants: [me],
  };

  it("sends the people picked when the reader may pick them", () => {
    expect(toCreateInput(draft, true)).toEqual({
      title: "Call back",
      description: null,
      dueAt: new Date(2026, 2, 12, 10, 0),
      assigneeId: "c1",
      participantIds: ["me"],
    });
  });

  it("leaves the people out for a reader who sets tasks for themselves only", () => {
    expect(toCreateInput(draft, false)).toEqual({
      title: "Call back",
      description: null,
      dueAt: new Date(2026, 2, 12, 10, 0),
    });
  });
});

describe("toUpdateFields", () => {
  it("is null when nothing changed, seconds of the stored due time included", () => {
    expect(toUpdateFields(draftFromTask(stored), stored, true)).toBeNull();
  });

  it("names only what changed", () => {
    const draft = { ...draftFromTask(stored), description: "With prices", assignee: colleague };
    expect(toUpdateFields(draft, stored, true)).toEqual({
      description: "With prices",
      assigneeId: "c1",
    });
    expect(toUpdateFields({ ...draftFromTask(stored), due: "" }, stored, false)).toEqual({
      dueAt: null,
    });
  });
});
