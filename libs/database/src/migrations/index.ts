import { Directory1764380000000 } from './1764380000000-directory.js';

/** Every migration, in order: listed, not globbed, so that the build and the tests see the same set. */
export const MIGRATIONS = [Directory1764380000000];
