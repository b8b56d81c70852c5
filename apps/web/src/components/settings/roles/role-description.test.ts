import { describe, expect, it } from "vitest";

import { ROLE_TEMPLATES } from "@charter/core/templates";

import { CATALOGS } from "../../../i18n/messages";
import { createTranslator } from "../../../i18n/translate";

import { describeRole, TEMPLATE_DESCRIPTIONS } from "./role-description";

const czech = createTranslator(CATALOGS.cs, "cs");

describe("the built-in templates' descriptions", () => {
  it("have a message for every template, whose English is the template's own text", () => {
    const english = ROLE_TEMPLATES.map((template) => {
      const key = TEMPLATE_DESCRIPTIONS[template.key];
      return { template: template.key, text: key ? CATALOGS.en[key] : undefined };
    });
    expect(english).toEqual(
      ROLE_TEMPLATES.map((template) => ({ template: template.key, text: template.description })),
    );
    expect(Object.keys(TEMPLATE_DESCRIPTIONS).sort()).toEqual(
      ROLE_TEMPLATES.map((template) => template.key).sort(),
    );
  });
});

describe("describeRole", () => {
  const director = ROLE_TEMPLATES.find((template) => template.key === "director");
  if (!director) throw new Error("The director template is gone.");

  it("reads a template's untouched words in the reader's language", () => {
    expect(
      describeRole({ templateKey: "director", description: director.description }, czech),
    ).toBe(CATALOGS.cs["settings.roleTemplates.director"]);
  });

  it("leaves words an admin wrote as they are", () => {
    const own = { templateKey: "director", description: "Ředitel pobočky Brno." };
    expect(describeRole(own, czech)).toBe("Ředitel pobočky Brno.");
    expect(describeRole({ templateKey: null, description: "Vlastní role" }, czech)).toBe(
      "Vlastní role",
    );
    expect(describeRole({ templateKey: "director", description: null }, czech)).toBeNull();
  });
});
