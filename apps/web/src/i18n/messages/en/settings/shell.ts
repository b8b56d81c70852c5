import type { TMirror } from "./mirror";

/** The settings frame: its navigation, overview and the words every settings page shares. */
export const settingsShell = {
  "settings.title": "Settings",
  "settings.intro":
    "Set the company up: its structure, the people who work in it, what they may do and where they may sign in from.",
  "settings.nav.label": "Settings areas",
  "settings.nav.overview": "Overview",
  "settings.nav.checking": "Checking which settings you may open…",
  "settings.overview.noneTitle": "No settings for you here",
  "settings.overview.noneBody":
    "Your roles do not include any settings area. If you need one, ask your administrator.",
  "settings.overview.someFailed":
    "Some areas could not be checked just now. They are listed; if one refuses you, your roles do not include it.",
  "settings.forbidden.title": "This settings area is not open to you",
  "settings.refused": "The server refused this.",
  "settings.forbidden.body":
    "Your roles do not include this area. If you need it, ask your administrator.",
  "settings.signInAgain": "Sign in again",
  "settings.serverSays": "The server says (in English):",
  "settings.employeePicker.placeholder": "Type a name or e-mail…",
  "settings.employeePicker.unavailable": "The employee list is not available to you.",

  "settings.area.organisation": "Organisation",
  "settings.area.organisation.description":
    "Departments, branches, sales directions and work groups.",
  "settings.area.employees": "Employees",
  "settings.area.employees.description":
    "People, their managers and places in the company, and whether they may sign in.",
  "settings.area.security": "Security",
  "settings.area.security.description": "The networks IP-restricted employees may sign in from.",
  "settings.area.fields": "Sections and fields",
  "settings.area.fields.description":
    "Record types, the sections of the client card and their custom fields.",
  "settings.area.audit": "Audit log",
  "settings.area.audit.description":
    "Who did what and when: sign-ins, changes with their before and after, deletions.",
  "settings.area.explain": "Explain access",
  "settings.area.explain.description":
    "Ask whether an employee may do something, and which role, group or rule decides it.",
} as const;

export type TSettingsShellMessages = TMirror<typeof settingsShell>;
