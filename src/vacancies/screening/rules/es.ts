import { LanguageRules } from 'src/vacancies/screening/rules/rule-table';

const PAY_VERB = '(?:pagar|abonar|transferir|enviar|depositar|ingresar|adelantar)';
const FEE_PURPOSE =
  '(?:inscripcion|registro|tramitacion|tramites|gestion|colocacion|reclutamiento|seleccion|agencia|visado|visa|formacion|curso|viaje|billete|servicio|reserva|solicitud|expediente|contrato)';
const CURRENCY = '(?:eur|euros?|€|usd|dolares|\\$|dirhams?|dh)';

export const spanish: LanguageRules = {
  language: 'es',
  rules: {
    feeMentions: [
      `(?:cuota|tarifa|tasa|tasas|coste|costes|costo|costos|gastos|pago|cargo)\\s(?:de|del|por)\\s(?:la\\s|el\\s)?${FEE_PURPOSE}`,
      `${PAY_VERB}\\s(?:\\S+\\s){0,2}?\\d[\\d.,]*\\s?${CURRENCY}`,
      `(?:pago|pagar|abonar)\\s(?:\\S+\\s){0,4}?(?:por adelantado|antes (?:de|del) (?:la\\s|su\\s)?(?:salida|viaje|llegada|entrevista))`,
    ],
    feeDemands: [
      `(?:debe|deben|debera|deberan|tiene que|tienen que|tendra que|tendran que|hay que|es necesario)\\s(?:\\S+\\s){0,2}?${PAY_VERB}`,
      `(?:deposito|fianza|anticipo|adelanto|garantia economica|matricula)`,
      `a su cargo|por su cuenta|a cargo del (?:candidato|trabajador)|descontad[oa]s? de (?:su\\s)?(?:primer\\s)?(?:salario|sueldo|nomina)`,
    ],
    documentRetention: [
      `(?:entregar|dejar|depositar|ceder|entrega)\\s(?:\\S+\\s){0,2}?(?:pasaportes?|documentos? de identidad|dni|nie|documentos originales|documentacion original)`,
      `(?:pasaportes?|documentos? de identidad|documentos originales)\\s(?:\\S+\\s){0,4}?(?:retenid|guardad|custodiad|conservad|quedara en|quedaran en|en custodia)\\S*`,
      `(?:nosotros|la agencia|la empresa|el empleador)\\s(?:\\S+\\s)?(?:guarda|guardamos|custodia|custodiamos|retiene|retenemos|conserva|conservamos)\\s(?:su|sus|el|los)\\s(?:pasaportes?|documentos)`,
    ],
  },
  negations: ['no', 'nunca', 'sin', 'ningun', 'ninguna', 'ninguno', 'nada', 'gratis', 'gratuit[oa]s?', 'jamas'],
  employerPays: [
    `(?:a cargo de|pagad[oa]s? por|cubiert[oa]s? por|financiad[oa]s? por|asumid[oa]s? por|costead[oa]s? por) (?:la\\s|el\\s)?(?:empresa|empleador|empleadora|nosotros|hospital)`,
    `(?:la empresa|el empleador|nosotros|el hospital)\\s(?:\\S+\\s){0,2}?(?:paga|cubre|asume|financia|costea|reembolsa|pagamos|cubrimos|asumimos|financiamos|reembolsamos)`,
    `(?:pagamos|cubrimos|asumimos|financiamos|reembolsamos|reembolsad[oa]s?)`,
  ],
  copyCues: ['copias?', 'fotocopias?', 'escaneado', 'escaneo'],
  clauseBreaks: ['pero', 'sin embargo', 'salvo', 'excepto'],
};
