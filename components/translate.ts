/** Looks up a UI string (public/_locales); given to components so they never touch `browser`. */
export type Translate = (key: string, substitutions?: string | string[]) => string;
