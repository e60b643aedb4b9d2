import { EvaluationCase, monthly, vacancy } from './evaluation-case';

export const SPANISH_AND_ITALIAN_CASES: EvaluationCase[] = [
  {
    id: 'es-legit-enfermera',
    language: 'es',
    expected: [],
    vacancy: vacancy(
      'Enfermero/a para hospital en Madrid',
      'Te ayudamos con la homologación del título. Los gastos de visado y el billete de avión corren a cargo de la empresa. El proceso de selección es gratuito para los candidatos.',
      '2221',
      'ES',
      monthly(2100, 2600),
    ),
  },
  {
    id: 'es-legit-camarero',
    language: 'es',
    expected: [],
    vacancy: vacancy(
      'Camarero/a de sala',
      'Hotel de cuatro estrellas en Mallorca, temporada de abril a octubre. Envía tu CV y una copia del pasaporte. Alojamiento incluido.',
      '5131',
      'ES',
      monthly(1500, 1700),
    ),
  },
  {
    id: 'es-fraud-tasa',
    language: 'es',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'Recolectores de fruta',
      'Trabajo inmediato en Lleida. Los seleccionados deben pagar una tasa de tramitación de 400 euros antes del viaje.',
      '9211',
      'ES',
      monthly(1100, 1250),
    ),
  },
  {
    id: 'es-fraud-pasaporte',
    language: 'es',
    expected: ['DOCUMENT_RETENTION'],
    vacancy: vacancy(
      'Limpiadoras para residencias',
      'A la llegada, los pasaportes quedarán en custodia de la agencia durante todo el contrato.',
      '9112',
      'ES',
      monthly(1100, 1200),
    ),
  },
  {
    id: 'es-fraud-fianza',
    language: 'es',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'Soldadores para astillero',
      'Buen sueldo. Se requiere una fianza de 600 euros que se devuelve al terminar el contrato.',
      '7212',
      'ES',
      monthly(1700, 2000),
    ),
  },
  {
    id: 'it-legit-infermiere',
    language: 'it',
    expected: [],
    vacancy: vacancy(
      'Infermiere per RSA in Lombardia',
      'Offriamo corso di italiano gratuito e supporto per il riconoscimento del titolo. Le spese di viaggio e del visto sono a carico dell’azienda. Nessun costo per i candidati.',
      '2221',
      'IT',
      monthly(1900, 2300),
    ),
  },
  {
    id: 'it-legit-cuoco',
    language: 'it',
    expected: [],
    vacancy: vacancy(
      'Cuoco capopartita',
      'Ristorante a Firenze. Inviare CV e fotocopia del passaporto. Vitto e alloggio inclusi, contratto stagionale.',
      '5120',
      'IT',
      monthly(1700, 2000),
    ),
  },
  {
    id: 'it-fraud-quota',
    language: 'it',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'Operai edili per cantieri',
      'Partenza immediata. È richiesta una quota di iscrizione di 350 euro da versare prima della partenza.',
      '9313',
      'IT',
      monthly(1400, 1600),
    ),
  },
  {
    id: 'it-fraud-passaporto',
    language: 'it',
    expected: ['DOCUMENT_RETENTION'],
    vacancy: vacancy(
      'Braccianti agricoli',
      'Raccolta del pomodoro in Puglia. I passaporti verranno custoditi dal caporale per tutta la stagione.',
      '9211',
      'IT',
      monthly(900, 1000),
    ),
  },
  {
    id: 'it-legit-autista',
    language: 'it',
    expected: [],
    vacancy: vacancy(
      'Autista patente CE',
      'Trasporti nazionali. La conversione della patente e la carta di qualificazione del conducente sono rimborsate dall’azienda.',
      '8332',
      'IT',
      monthly(2000, 2400),
    ),
  },
];
