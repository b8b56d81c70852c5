/** What every area says of a record: absent, refused, or changed by someone else meanwhile. */
export const accessMessages = {
  "access.noSuchId": "No {thing} with this id. It may have been deleted.",
  "access.notInProject": "There is no such {thing} in this project. It may have been deleted.",
  "access.forbiddenRecord": "You may not {action} this {thing}. {detail}",
  "access.staleOpened":
    "Someone changed this {thing} since you opened it. Reload it, check their changes and try again.",
  "access.staleSaveAgain":
    "Someone changed this {thing} since you opened it. Reload it, check their changes and save again.",
  "access.pickFromList": "no {thing} with this id; pick one from the list.",
  "access.noActiveEmployee":
    "no active employee of this project has this id; pick someone from the list.",
  "access.noEmployee": "No employee of this project has this id.",
} as const;
