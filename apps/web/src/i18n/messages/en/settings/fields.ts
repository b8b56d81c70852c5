import type { TMirror } from "./mirror";

/** Sections and custom fields (F1, F2, D8, E4). */
export const settingsFields = {
  "settings.fields.intro":
    "What the client card holds beyond its own fields: record types, sections and custom fields. A section with no fields is not shown on the card.",
  "settings.fields.kindsLabel": "Kinds of records",
  "settings.fields.kind.company": "Companies",
  "settings.fields.kind.contact": "Contacts",
  "settings.fields.kind.object": "Objects",

  "settings.fields.typesTitle": "Record types",
  "settings.fields.noTypes": "No types: every record of this kind shows the shared sections.",
  "settings.fields.newType": "New type",
  "settings.fields.newTypeTitle": "New record type",
  "settings.fields.typeCreated": "Record type created.",
  "settings.fields.renameTypeTitle": "Rename {name}",
  "settings.fields.deleteTypeTitle": "Delete the type {name}?",
  "settings.fields.deleteTypeBody":
    "Only a type no record has can be deleted. Its own sections and their fields go with it.",
  "settings.fields.typeDeleted": "Record type deleted.",

  "settings.fields.card": "Card",
  "settings.fields.cardHint":
    "Shared sections appear on every card of this kind; a type's card adds its own sections.",
  "settings.fields.everyCard": "Shared sections (every type)",
  "settings.fields.typeCard": "Card of the type {type}",
  "settings.fields.sectionsIntro":
    "The first two sections are the card's defaults: they stay first and cannot be deleted.",
  "settings.fields.newSection": "New section",
  "settings.fields.newSectionTitle": "New section",
  "settings.fields.sectionName": "Section name",
  "settings.fields.sectionCreated": "Section created.",
  "settings.fields.noSectionsTitle": "No sections on this card",
  "settings.fields.noSectionsBody": "Add a section, then the fields it holds.",
  "settings.fields.defaultSection": "Default section",
  "settings.fields.sharedSection": "Shared by every type",
  "settings.fields.everyone": "Seen by everyone",
  "settings.fields.limit": "Limit",
  "settings.fields.limitNamed": "Limit {name} to CRM groups",
  "settings.fields.limitTitle": "Who sees {name}",
  "settings.fields.limitHint":
    "Only members of the groups ticked see this section and its values; for everyone else they never leave the server, and their writes are refused.",
  "settings.fields.limitNone":
    "No group ticked: everyone who may see the record sees this section.",
  "settings.fields.limitedTo": "Only group {group}",
  "settings.fields.moveUp": "Move {name} up",
  "settings.fields.moveDown": "Move {name} down",
  "settings.fields.renameSectionTitle": "Rename {name}",
  "settings.fields.deleteSectionTitle": "Delete the section {name}?",
  "settings.fields.deleteSectionBody":
    "Its fields (now {count}) and every value entered in them on any record are deleted too. This cannot be undone.",
  "settings.fields.sectionDeleted": "Section deleted.",

  "settings.fields.noFields": "No fields yet: this section is not shown on the card.",
  "settings.fields.addField": "Add field",
  "settings.fields.newFieldTitle": "New field in {section}",
  "settings.fields.editFieldTitle": "Edit {name}",
  "settings.fields.createField": "Create field",
  "settings.fields.fieldCreated": "Field created.",
  "settings.fields.fieldLabel": "Label",
  "settings.fields.fieldType": "Type",
  "settings.fields.typeOnce": "Chosen once: a field's type cannot be changed after it is created.",
  "settings.fields.typeFixed": "Fixed when the field was created; it cannot be changed.",
  "settings.fields.key": "Key (optional)",
  "settings.fields.keyHint":
    "Lowercase letters, digits and _, for imports and document merge fields. Made from the label when left empty.",
  "settings.fields.keyIs": "Key:",
  "settings.fields.choices": "Choices",
  "settings.fields.choicesHint": "One choice a line, in the order they are offered.",
  "settings.fields.choicesNeeded": "Give a select field at least one choice.",
  "settings.fields.choicesRepeated": "Each choice may appear only once: {choices}.",
  "settings.fields.required": "Required",
  "settings.fields.requiredHint": "A record cannot be saved without it.",
  "settings.fields.requiredBadge": "Required",
  "settings.fields.deleteFieldTitle": "Delete the field {name}?",
  "settings.fields.deleteFieldBody":
    "The values entered in it on every record are deleted too. This cannot be undone.",
  "settings.fields.fieldDeleted": "Field deleted.",
  "settings.fields.type.text": "Text",
  "settings.fields.type.number": "Number",
  "settings.fields.type.date": "Date",
  "settings.fields.type.checkbox": "Checkbox",
  "settings.fields.type.select": "Select",
  "settings.fields.type.email": "E-mail",
  "settings.fields.type.phone": "Phone",
  "settings.fields.type.url": "Web address",
} as const;

export type TSettingsFieldsMessages = TMirror<typeof settingsFields>;
