/** Class words for the state of one member of a set of panels or slides ("content active" beside "content"). */
export const STATE_WORDS: ReadonlySet<string> = new Set([
  'active',
  'selected',
  'current',
  'show',
  'open',
  'in',
  'is',
  'visible',
  'expanded',
]);
