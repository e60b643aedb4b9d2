import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { foldText } from 'src/search/text/fold';

/**
 * Stems a word (lower case, as written) into the term the indexes store: Snowball stemmers
 * where one exists for the language, a light suffix strip for the Slavic languages without
 * one, then folded. (The packaged Bulgarian stemmer writes into its input string and
 * throws, so Bulgarian words stay whole.) Accents are folded only after stemming, since the stemmers read them.
 */
export type Stemmer = (word: string) => string;

const SNOWBALL: Record<string, Stemmer> = {
  ar: arabic,
  da: danish,
  nl: dutch,
  en: english,
  fi: finnish,
  fr: french,
  de: german,
  el: greek,
  hu: hungarian,
  ga: irish,
  it: italian,
  lt: lithuanian,
  no: norwegian,
  pt: portuguese,
  ro: romanian,
  sv: swedish,
};

// Case and number endings of Polish, Czech, Slovak, Croatian and Slovenian nouns and adjectives
// (folded), longest first; a word keeps at least four letters.
const SLAVIC_ENDINGS = [
  'ami',
  'ach',
  'owi',
  'ego',
  'emu',
  'ymi',
  'imi',
  'ych',
  'ich',
  'ow',
  'om',
  'ej',
  'ie',
  'a',
  'y',
  'i',
  'u',
  'e',
  'o',
];
const SLAVIC = new Set(['pl', 'cs', 'sk', 'hr', 'sl']);

function slavic(word: string): string {
  for (const ending of SLAVIC_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

// German feminine forms (Schweißerin, Ärztinnen) stem like the masculine ones.
const GERMAN_FEMININE = /(?<=(?:er|eur|or|ist|ent|ant|ier|at|log|ör|ar|zt|ant|ent|graf|oph))in(?:nen)?$/u;

function stemmerFor(language: string): Stemmer {
  const snowball = SNOWBALL[language];
  if (language === 'de') return (word) => german(word.replace(GERMAN_FEMININE, ''));
  // A stemmer that fails on some word leaves that word whole rather than failing the search.
  if (snowball)
    return (word) => {
      try {
        return snowball(word);
      } catch {
        return word;
      }
    };
  if (SLAVIC.has(language)) return (word) => slavic(foldText(word));
  return (word) => word;
}

const cache = new Map<string, Stemmer>();

/** The index term of a word in a language: stemmed, then folded. Short words stay whole. */
export function termStemmer(language: string): Stemmer {
  let stem = cache.get(language);
  if (!stem) {
    const raw = stemmerFor(language);
    stem = (word: string) => (word.length <= 3 ? foldText(word) : foldText(raw(word)));
    cache.set(language, stem);
  }
  return stem;
}
