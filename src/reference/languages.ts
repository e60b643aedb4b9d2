import ISO6391 from 'iso-639-1';

/** An ISO 639-1 code in lower case, as the API requires (`de`, not `DE` or `deu`). */
export function isLanguageCode(code: unknown): code is string {
  return typeof code === 'string' && /^[a-z]{2}$/.test(code) && ISO6391.validate(code);
}

export function languageName(code: string): string | undefined {
  return isLanguageCode(code) ? ISO6391.getName(code) : undefined;
}
