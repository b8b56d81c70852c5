/** The deals area's frame, the board and moving deals between stages. */
export const dealsBoard = {
  "deals.title": "Deals",
  "deals.intro": "Your pipeline: drag a deal to the next stage as it moves forward.",
  "deals.noAccess": "Your roles do not let you see deals. Ask your administrator if you need them.",
  "deals.pipelineMissing.body": "This pipeline does not exist, or you cannot see it.",
  "deals.pipelineMissing.action": "Show the first pipeline",

  "deals.views.label": "Deal views",
  "deals.views.board": "Board",
  "deals.views.list": "List",
  "deals.views.interests": "Interests",

  "deals.status.open": "Open",
  "deals.status.won": "Won",
  "deals.status.lost": "Lost",
  "deals.stage.probability": "{value}%",

  "deals.board.label": "Board of {pipeline}",
  "deals.board.howTo":
    "Drag a card to another column to move the deal, or use the card's menu to pick a stage with the keyboard.",
  "deals.board.openCount": "Open deals: {count}",
  "deals.board.countLabel": "Deals",
  "deals.board.countTitle": "Deals in this stage: {count}",
  "deals.board.emptyColumn": "No deals",
  "deals.board.dropHere": "Drop here",
  "deals.board.loadMore": "Show more ({shown} of {total})",

  "deals.move.menu": "Move to stage",
  "deals.move.menuFor": "Move “{title}” to another stage",
  "deals.move.done": "“{title}” moved to {stage}.",
  "deals.move.tasksFired": "Tasks created by this stage: {count}.",
  "deals.move.refusedTitle": "The deal was not moved",
  "deals.move.stays": "“{title}” stays in {from}.",
  "deals.move.refused.stageRight":
    "Your roles do not let you work on deals in “{stage}”. Ask your manager to move it, or to give you access to that stage.",
  "deals.move.refused.conflict":
    "Someone changed this deal a moment ago; the board now shows the latest. Try the move again.",
  "deals.move.refused.gone": "“{title}” is no longer available to you, so it was not moved.",

  "deals.create.open": "New deal",
  "deals.create.title": "New deal",
  "deals.create.description": "You will be its responsible. Only the title is required.",
  "deals.create.submit": "Create deal",
  "deals.create.done": "“{title}” created in {stage}.",
} as const;
