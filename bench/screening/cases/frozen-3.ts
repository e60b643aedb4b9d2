import { DOCUMENT, EvaluationCase, FEE, LEGITIMATE, textCase } from './evaluation-case';

const frozen = (...args: Parameters<typeof textCase>): EvaluationCase => ({ ...textCase(...args), split: 'frozen' });

/**
 * Polish, Dutch, Turkish and Urdu texts, and texts in languages without a lexicon, written
 * after the rules were frozen for the last time, and never used to change them.
 */
export const FROZEN_CASES_3: EvaluationCase[] = [
  frozen(
    'frozen-pl-fraud-pakiet-wizowy',
    'pl',
    FEE,
    'Pracownicy pralni – Irlandia',
    'Stała praca w pralni przemysłowej. Wybrani kandydaci pokrywają koszt przelotu oraz pakietu wsparcia wizowego w wysokości 300 euro, przelewanego na konto naszej agencji partnerskiej.',
  ),
  frozen(
    'frozen-pl-legit-zwrot-oryginalow',
    'pl',
    LEGITIMATE,
    'Ratownicy medyczni – Norwegia',
    'Pracodawca finansuje uprawnienia zawodowe, kurs języka, wizę i przelot. Na rozmowę końcową prosimy przynieść paszport i dyplomy do weryfikacji; oryginały zwracamy tego samego dnia.',
  ),
  frozen(
    'frozen-nl-fraud-paspoorten-eigenaar',
    'nl',
    DOCUMENT,
    'Medewerkers veehouderij',
    'Huisvesting op de boerderij, maaltijden inbegrepen. De eigenaar bewaart de paspoorten van alle werknemers tijdens het contract bij hem thuis.',
  ),
  frozen(
    'frozen-nl-legit-nooit-geld',
    'nl',
    LEGITIMATE,
    'Keukenhulpen – Oostenrijk',
    'Seizoenscontract met huisvesting. De werkgever betaalt uw reis en werkvergunning. Wij vragen u nooit om geld of om uw originele documenten.',
  ),
  frozen(
    'frozen-tr-fraud-vize-paketi',
    'tr',
    FEE,
    'Çamaşırhane çalışanları – İrlanda',
    'Endüstriyel çamaşırhanede kalıcı iş. Seçilen adaylar uçak biletini ve 300 euroluk vize destek paketini kendileri öder; ücret ortak ajansımızın hesabına havale edilir.',
  ),
  frozen(
    'frozen-tr-legit-asla-para',
    'tr',
    LEGITIMATE,
    'Mutfak yardımcıları – Avusturya',
    'Konaklamalı sezonluk sözleşme. İşveren yol masraflarınızı ve çalışma izninizi öder. Sizden hiçbir zaman para ya da orijinal belgelerinizi istemeyiz.',
  ),
  frozen(
    'frozen-ur-fraud-owner-keeps',
    'ur',
    DOCUMENT,
    'مویشی فارم کے مزدور',
    'فارم پر رہائش اور کھانا۔ فارم کا مالک معاہدے کی پوری مدت تمام مزدوروں کے پاسپورٹ اپنے گھر میں رکھے گا۔',
  ),
  frozen(
    'frozen-ur-legit-employer-pays',
    'ur',
    LEGITIMATE,
    'آسٹریا میں کچن ہیلپر',
    'رہائش کے ساتھ موسمی معاہدہ۔ آجر آپ کے سفر اور ورک پرمٹ کے اخراجات ادا کرے گا۔ ہم آپ سے کبھی پیسے یا اصل دستاویزات نہیں مانگیں گے۔',
  ),
  frozen(
    'frozen-id-fraud-western-union',
    'id',
    FEE,
    'Pekerja binatu – Irlandia',
    'Kandidat terpilih membayar paket bantuan visa sebesar 300 EUR melalui Western Union kepada agen kami.',
  ),
  frozen(
    'frozen-id-legit',
    'id',
    LEGITIMATE,
    'Asisten dapur – Austria',
    'Pemberi kerja membayar perjalanan dan izin kerja Anda. Gaji 1.700 EUR per bulan.',
  ),
  frozen(
    'frozen-tl-fraud-fee',
    'tl',
    FEE,
    'Mga trabahador sa labahan – Ireland',
    'Ang mga napili ay magbabayad ng visa fee na 300 EUR sa aming ahente bago umalis.',
  ),
  frozen(
    'frozen-tl-legit',
    'tl',
    LEGITIMATE,
    'Katulong sa kusina – Austria',
    'Sagot ng employer ang pamasahe at work permit. Sahod: 1,700 EUR kada buwan.',
  ),
];
