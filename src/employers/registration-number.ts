/**
 * Business registers print the same number many ways: "HRB 1003", "HRB-1003", "hrb1003",
 * or in full-width letters pasted from another system. The display form keeps what the
 * employer typed (NFKC-normalised, trimmed); uniqueness is decided on the key, which drops
 * case and the separators the input may contain (space, dot, slash, hyphen).
 */
export function registrationDisplay(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

export function registrationKey(raw: string): string {
  return registrationDisplay(raw)
    .replace(/[ ./-]/g, '')
    .toUpperCase();
}
