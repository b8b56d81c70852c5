import { uniqueName } from "../../testing/access-matrix/fixtures";
import type { TAccessCases } from "../../testing/access-matrix/types";

// The project and its profile are settings.org. Choosing among one's own projects and
// reading the profile are open to everyone signed in, so they are not judged.
export const PROJECTS_CASES: TAccessCases = {
  "projects.mine": {
    action: null,
    resource: "settings.org",
    fresh: false,
    call: (caller) => caller.projects.mine(),
  },
  "projects.switch": {
    action: null,
    resource: "settings.org",
    fresh: false,
    call: async (caller) => {
      const current = (await caller.projects.mine()).find((entry) => entry.current);
      return caller.projects.switch({ employeeId: current?.employeeId ?? crypto.randomUUID() });
    },
  },
  // Admin-only by user type (the engine grants no project creation): ok for the Admin,
  // FORBIDDEN for everyone else, reviewed in the snapshot rather than judged by reach.
  "projects.create": {
    action: "create",
    resource: "settings.org",
    judge: "none",
    fresh: false,
    call: (caller) => caller.projects.create({ name: uniqueName() }),
  },
  // The engine's step 5 on the project target: only the Admin gets past authorisation, to
  // the name check (BAD_REQUEST), which keeps the matrix from deleting its own project.
  "projects.delete": {
    action: "delete",
    resource: "settings.org",
    judge: "none",
    fresh: false,
    call: async (caller) => {
      const { version } = await caller.projects.profile.get();
      return caller.projects.delete({ confirmName: "not the project's name", version });
    },
  },
  "projects.profile.get": {
    action: null,
    resource: "settings.org",
    fresh: false,
    call: (caller) => caller.projects.profile.get(),
  },
  "projects.profile.update": {
    action: "edit",
    resource: "settings.org",
    judge: "reach",
    fresh: false,
    call: async (caller) => {
      const { version, phone } = await caller.projects.profile.get();
      return caller.projects.profile.update({ version, phone });
    },
  },
  "projects.profile.lookupRegister": {
    action: "edit",
    resource: "settings.org",
    judge: "reach",
    fresh: false,
    call: (caller) =>
      caller.projects.profile.lookupRegister({
        registrationCountry: "cz",
        registrationNumber: "45274649",
      }),
  },
};
