/** Deals, their stages and product lines, interests and products (G1–G6). */
export const dealsMessages = {
  "deals.stageRefused":
    'You may not move this deal to "{stage}": your roles do not let you work on deals in that stage. {detail}',
  "deals.alreadyInStage": 'the deal is already in "{stage}".',
  "deals.noSuchPipeline": "this project has no pipeline with this id, or it has no stages yet.",
  "deals.noPipelineYet": "This project has no pipeline yet; ask an administrator to set one up.",
  "deals.noSuchPartner": "no partner company with this id; pick one from the list of partners.",
  "deals.noSuchStage": "this project has no stage with this id.",
  "deals.stageElsewhere": "this stage belongs to another pipeline.",
  "deals.noSuchProduct": "no product with this id.",
  "deals.noProductInCatalogue": "no product with this id; pick one from the catalogue.",
  "deals.productRetired": '"{product}" is no longer sold.',
  "deals.otherCurrency":
    '"{product}" is priced in {productCurrency} and this deal in {dealCurrency}; give its unitPrice in {dealCurrency}.',
  "deals.totalTooLarge": "the total is larger than a deal can hold.",
  "deals.amountFromLines":
    "this deal's amount is the total of its {count} product line(s); change the lines instead.",
  "deals.sortHidden":
    "You may not sort deals by {column}: it is hidden from you, and the order would reveal it. Sort by another column.",
  "deals.cursorOtherOrder":
    "This cursor was made for the list in another order; start again from the first page.",
  "deals.cursorInvalid": "This cursor is not valid; start again from the first page.",
  "deals.skuTaken": '"{sku}" is already used by another product; pick another code.',
  "interests.staysConverted": "this interest was converted into a deal and stays converted.",
  "interests.alreadyConverted": "This interest was already converted into a deal.",
  "interests.discarded":
    "This interest was discarded; reopen it (status new or qualified) before converting it.",
  "interests.giveCurrency": "give the deal's currency, e.g. CZK.",
  "interests.productRetired": '"{product}" is no longer sold; pick another product.',
} as const;
