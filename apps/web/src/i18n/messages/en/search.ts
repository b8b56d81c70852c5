/** The header's search box across companies, contacts and deals. */
export const search = {
  "search.label": "Search across companies, contacts and deals",
  "search.placeholder": "Search clients and deals",
  "search.shortcut": "Press / to search from anywhere",
  "search.results": "Search results",
  "search.tooShort": "Type at least 2 characters.",
  "search.loading": "Searching…",
  "search.empty": "No matches for “{query}”",
  "search.found": "Results are listed below. Use the arrow keys to move through them.",
  "search.group.companies": "Companies",
  "search.group.contacts": "Contacts",
  "search.group.deals": "Deals",
  "search.seeAll.companies": "See all companies",
  "search.seeAll.contacts": "See all contacts",
  "search.seeAll.deals": "See all deals",
} as const;
