// Every view of the app, by one address that opens it. A county page is opened for Jönköping
// (06); the lists follow src/app/routes.tsx, and a route added there belongs here too.
export const ROUTES = [
  '#/lan',
  '#/lan/06',
  '#/lan/06/samsyn',
  '#/lan/06/intervju',
  '#/lan/06/forandring',
  '#/figurer',
  '#/jamfor',
  '#/jamfor/pastaenden',
  '#/jamfor/lan',
  '#/forandring',
  '#/regler',
  '#/rapport',
  '#/omgangar',
  '#/overensstammelse',
  '#/informanter',
  '#/data',
  '#/team',
  '#/tillganglighet',
];
