import { describe, expect, it } from "vitest";

import { splitServerMessage } from "./server-message";

describe("splitServerMessage", () => {
  it.each([
    [
      "parentId: a department cannot be moved under itself.",
      { field: "parentId", text: "A department cannot be moved under itself." },
    ],
    [
      "email: anna@example.com already works in this project.",
      { field: "email", text: "anna@example.com already works in this project." },
    ],
    ["Only an Admin may do this.", { field: null, text: "Only an Admin may do this." }],
    // A capitalised word before a colon is a sentence, not an input key.
    ["Denied: no role grants it.", { field: null, text: "Denied: no role grants it." }],
    [
      "  recordId: say which company to explain. ",
      { field: "recordId", text: "Say which company to explain." },
    ],
  ])("reads %j", (message, expected) => {
    expect(splitServerMessage(message)).toEqual(expected);
  });
});
