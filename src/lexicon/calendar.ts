// English names of months and weekdays, in calendar order. The temporal tagger keeps its own richer table of
// spellings (src/time/lexicon.ts: abbreviations with dots, capitalised forms, numbers).

/** Month names, January first. */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Usual abbreviations of month names (without the dot); "May" has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Weekday names, Monday first. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
