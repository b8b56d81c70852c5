import type { TAccessCases } from "../../testing/access-matrix/types";

export const CALENDAR_CASES: TAccessCases = {
  // Ivanova's calendar, each kind inside the caller's reach: no one right to judge.
  "calendar.events": {
    resource: "task",
    action: null,
    fresh: false,
    call: (caller, _row, { ivanovaId }) =>
      caller.calendar.events({
        from: new Date(Date.now() - 7 * 86_400_000),
        to: new Date(),
        employeeId: ivanovaId,
      }),
  },
};
