/** Project, security and field settings (A1–A3, E1, F1, F2). */
export const settingsMessages = {
  "projects.mayNotDelete": "You may not delete this project. {detail}",
  "projects.confirmName":
    'type the project\'s name, "{name}", exactly as shown to confirm that it is deleted with everything in it.',
  "projects.onlyAdminCreates":
    "Only an Admin may create a project. Ask an Admin of your company to create it.",
  "projects.slugTaken": '"{slug}" is already used by another project. Choose another.',
  "projects.staleProfile":
    "Someone changed the company profile since you opened it. Reload it, check their changes and save again.",
  "projects.notYours":
    "You do not work in that project, or your access there has ended. Choose one of the projects listed for you.",
  "projects.ipRestricted":
    "In {project} your account may only be used from the company's allowed networks. Connect from one of them.",
  "security.badRange": "{detail}",
  "security.noSuchRange": "There is no such allowed IP range.",
  "security.staleRange": "Someone changed this range since you loaded it. Reload and try again.",
  "fields.fieldReadOnly":
    "You may not change {fields} on a {thing}; leave it out or ask your administrator.",
  "fields.fieldsReadOnly":
    "You may not change {fields} on a {thing}; leave them out or ask your administrator.",
  "fields.staleSetting":
    "Someone changed this {thing} since you opened it. Reload the settings and try again.",
  "fields.notCrmGroups":
    "some of these are not CRM groups of this project; pick groups from the list.",
  "fields.typeNameTaken": 'there is already a {kind} type "{name}".',
  "fields.staleType":
    "Someone changed this type since you opened it. Reload the settings and try again.",
  "fields.typeUsedOnce": '{count} record has the type "{typeName}"; give it another type first.',
  "fields.typeUsed": '{count} records have the type "{typeName}"; give them another type first.',
  "fields.listEachOnce":
    "list every one of them exactly once, in the new order; reload the settings if someone changed them.",
  "fields.defaultSectionsFirst":
    "the card's default sections stay first; put them before the others.",
  "fields.defaultSectionStays":
    '"{section}" is one of the card\'s two default sections and cannot be deleted. Rename it, or move or delete its fields instead.',
  "fields.selectNeedsChoice": "give a select field at least one choice.",
  "fields.onlySelectHasChoices": "only a select field has choices; a {fieldType} field takes none.",
  "fields.keyTaken": 'this section already has a field "{key}"; choose another key.',
  "fields.choiceInUseOnce":
    "{options} is still chosen on {count} record; change those records first, or keep the choice.",
  "fields.choiceInUse":
    "{options} is still chosen on {count} records; change those records first, or keep the choice.",
  "fields.choicesInUseOnce":
    "{options} are still chosen on {count} record; change those records first, or keep the choice.",
  "fields.choicesInUse":
    "{options} are still chosen on {count} records; change those records first, or keep the choice.",
  "fields.sectionReadOnly":
    "You may not change {fields}: it belongs to a section you cannot edit. Leave it out or ask your administrator.",
  "fields.sectionsReadOnly":
    "You may not change {fields}: they belong to a section you cannot edit. Leave them out or ask your administrator.",
  "fields.notOnCard":
    "{fields} is not a field of this {kind}'s card; reload the card and try again.",
  "fields.notOnCardMany":
    "{fields} are not fields of this {kind}'s card; reload the card and try again.",
  "fields.checkValues": "Check these fields. {detail}",
} as const;
