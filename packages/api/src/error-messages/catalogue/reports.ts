/** Pipeline settings, reports, exports and saved filters (G1, G3, J1, E3). */
export const reportsMessages = {
  "pipelines.stageHasDeal":
    '{count} deal sits in the stage "{stage}"; move it to another stage first.',
  "pipelines.stageHasDeals":
    '{count} deals sit in the stage "{stage}"; move them to another stage first.',
  "pipelines.stageHasHiddenDeals":
    'Deals sit in the stage "{stage}", none of them yours to see; someone who sees every deal there must move them to another stage first.',
  "pipelines.stageHasDealSeen":
    'Deals sit in the stage "{stage}", {count} deal you can see and others you cannot; someone who sees every deal there must move them to another stage first.',
  "pipelines.stageHasDealsSeen":
    'Deals sit in the stage "{stage}", {count} deals you can see and others you cannot; someone who sees every deal there must move them to another stage first.',
  "pipelines.onlyStage":
    '"{stage}" is the only stage of its pipeline; add another stage before deleting it.',
  "pipelines.dealMovedIn": 'A deal was just moved into "{stage}"; reload and try again.',
  "exports.hiddenField":
    "your role hides this field on {records}, so you cannot filter by it; leave it out.",
  "exports.hiddenFields":
    "your role hides these fields on {records}, so you cannot filter by them; leave them out.",
  "exports.tooManyRows":
    "The export would hold more than {max} {records}. Narrow the filter (e.g. by responsible, direction or department) and export in parts.",
  "reports.noSuchDepartment":
    "there is no such department in this project; pick one from the org chart.",
  "reports.noSuchPipeline":
    "there is no such pipeline in this project; pick one from the pipeline settings.",
  "reports.periodBothEnds": "this report needs a period with both ends.",
  "reports.periodTooLong": "the period spans {months} months; choose at most {max}.",
  "reports.closeDateHidden":
    "the pipeline's period is the deals' expected close date, which your role hides; leave the period out.",
  "reports.periodOrder": "the period must end on or after its first day.",
  "reports.monthOutside":
    "{month} is not in the report's period; use one of the months it returned.",
  "reports.noStageRow":
    "the conversion report has no row for this stage; use one of the stages it returned.",
  "reports.savedFiltersFull": "you keep {max} saved filters here already; forget one first.",
  "reports.noSuchSavedFilter": "There is no such saved filter.",
  "audit.periodOrder": "The period's start must come before its end.",
} as const;
