// Isomorphic: how much of an actor's record their page and their JSON read,
// stated in the API's own description.

/** How many of an actor's newest statements their positions and stances are read from, at most. */
export const POSITION_WINDOW = 2000;
/** Counting an actor's statements stops here, as the timeline's count does. */
export const ACTOR_COUNT_CAP = 10_000;
