/** The signed-in frame: header, navigation, home page and section placeholders. */
export const shell = {
  "shell.skipToContent": "Skip to content",
  "shell.signOut": "Sign out",
  "shell.language": "Language",
  "shell.languageSaveFailed": "Your language could not be saved. Try again.",
  "shell.projectSwitch": "Project: {project}. Switch project",
  "shell.projects": "Your projects",
  "shell.projectSwitchFailed": "The project could not be switched. Try again.",
  "shell.navLabel": "Sections",

  "nav.home": "Home",
  "nav.deals": "Deals",
  "nav.clients": "Clients",
  "nav.tasks": "Tasks",
  "nav.reports": "Reports",
  "nav.settings": "Settings",

  "home.welcome": "Welcome, {name}",
  "home.signedInAs": "Signed in as {email} · {project}",

  "comingSoon.title": "Coming soon",
  "comingSoon.body": "This section is being built. It will appear here in a later version.",
} as const;
