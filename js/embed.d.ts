import type { Annotation } from "./index";
/** The annotations the embed made. */
export const handles: Promise<Annotation[]>;
