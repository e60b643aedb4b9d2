import { Lexicon } from 'src/vacancies/screening/engine/lexicon';
import { arabic } from 'src/vacancies/screening/languages/ar';
import { german } from 'src/vacancies/screening/languages/de';
import { english } from 'src/vacancies/screening/languages/en';
import { spanish } from 'src/vacancies/screening/languages/es';
import { french } from 'src/vacancies/screening/languages/fr';
import { italian } from 'src/vacancies/screening/languages/it';
import { dutch } from 'src/vacancies/screening/languages/nl';
import { polish } from 'src/vacancies/screening/languages/pl';
import { portuguese } from 'src/vacancies/screening/languages/pt';
import { romanian } from 'src/vacancies/screening/languages/ro';
import { turkish } from 'src/vacancies/screening/languages/tr';
import { universal } from 'src/vacancies/screening/languages/universal';
import { urdu } from 'src/vacancies/screening/languages/ur';

/** Every lexicon the screening reads with. To add a language, write a lexicon like `en.ts` and list it here. */
export const LEXICONS: readonly Lexicon[] = [
  universal,
  english,
  french,
  german,
  arabic,
  spanish,
  portuguese,
  romanian,
  italian,
  polish,
  dutch,
  turkish,
  urdu,
];
