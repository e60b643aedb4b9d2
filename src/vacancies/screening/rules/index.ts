import { arabic } from 'src/vacancies/screening/rules/ar';
import { german } from 'src/vacancies/screening/rules/de';
import { english } from 'src/vacancies/screening/rules/en';
import { spanish } from 'src/vacancies/screening/rules/es';
import { french } from 'src/vacancies/screening/rules/fr';
import { italian } from 'src/vacancies/screening/rules/it';
import { LanguageRules } from 'src/vacancies/screening/rules/rule-table';

/** Every language screened. To add one, write a table like `en.ts` and list it here. */
export const LANGUAGE_RULES: readonly LanguageRules[] = [english, french, german, arabic, spanish, italian];
