// Isomorphic: how much of a condition's record its page and its JSON read,
// stated in the API's own description.

/** How many of the newest statements naming a condition its page reads, at most. */
export const CONDITION_WINDOW = 2000;
/** Actors whose history the condition page shows, those who spoke on it most recently first. */
export const CONDITION_ACTORS_SHOWN = 12;
/** Counting the statements naming a condition stops here, as the timeline's count does. */
export const CONDITION_COUNT_CAP = 10_000;
