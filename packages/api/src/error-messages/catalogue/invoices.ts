/** Invoices and documents: status life cycles, lines and templates (I1, I2). */
export const invoicesMessages = {
  "invoices.statusFinal": "a {status} invoice cannot become {target}; it can no longer change.",
  "invoices.statusOneWay": "a {status} invoice cannot become {target}; it can become {option1}.",
  "invoices.statusTwoWays":
    "a {status} invoice cannot become {target}; it can become {option1} or {option2}.",
  "invoices.statusThreeWays":
    "a {status} invoice cannot become {target}; it can become {option1} or {option2} or {option3}.",
  "invoices.issueNeedsLine": "add at least one line before issuing the invoice.",
  "invoices.notDraft":
    "Invoice {number} is {status}; its lines and terms can no longer change. Cancel it and issue a corrected invoice instead.",
  "invoices.deleteOnlyDraft":
    "Invoice {number} is {status}; only a draft can be deleted. Cancel it instead.",
  "invoices.chooseCompany": "choose the company to invoice.",
  "invoices.describeLine": "describe the line or pick a product.",
  "invoices.giveUnitPrice": "give the unit price.",
  "invoices.otherCurrency":
    "the product is priced in {productCurrency} and the invoice is in {invoiceCurrency}; give the price.",
  "invoices.amountTooLarge": "the amount is too large to store (at most 999,999,999,999.99).",
  "documents.statusFinal": "a {status} document cannot become {target}; it can no longer change.",
  "documents.statusOneWay": "a {status} document cannot become {target}; it can become {option1}.",
  "documents.statusTwoWays":
    "a {status} document cannot become {target}; it can become {option1} or {option2}.",
  "documents.statusThreeWays":
    "a {status} document cannot become {target}; it can become {option1} or {option2} or {option3}.",
  "documents.templateProblems": "{detail}",
  "documents.templateNameTaken": "another template already has this name.",
  "documents.noUsableTemplate":
    "No document template with this id that you may use. It may have been deleted or deactivated.",
  "documents.templateNeedsRecords": "{detail}",
} as const;
