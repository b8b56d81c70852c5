import { describe, expect, it } from "vitest";

import { conditionIssues } from "./condition-issues";

describe("the server's issues with a condition", () => {
  it.each([
    {
      name: "one row's path",
      message:
        'This grant cannot be saved. condition.path: Unknown path "owner" on deal. Allowed: id, stageId.',
      issues: [
        {
          row: 0,
          path: "condition.path",
          message: 'Unknown path "owner" on deal. Allowed: id, stageId.',
        },
      ],
    },
    {
      name: "two rows, one message holding a semicolon",
      message:
        'This grant cannot be saved. condition.args[0].value: Unknown variable $you; use one of $me, $myDirection.; condition.args[2].op: "lt" compares numbers, but stageId is a stage id.',
      issues: [
        {
          row: 0,
          path: "condition.args[0].value",
          message: "Unknown variable $you; use one of $me, $myDirection.",
        },
        {
          row: 2,
          path: "condition.args[2].op",
          message: '"lt" compares numbers, but stageId is a stage id.',
        },
      ],
    },
    {
      name: "a nested part, and an issue with the scope",
      message:
        "This grant cannot be saved. scope: Scope own is not allowed on product.; condition.args[1].args[0].path: Unknown path.",
      issues: [{ row: null, path: "condition.args[1].args[0].path", message: "Unknown path." }],
    },
    { name: "no condition issue", message: "Role Sales already grants view.", issues: [] },
  ])("places $name", ({ message, issues }) => {
    expect(conditionIssues(message)).toEqual(issues);
  });
});
