import { Lexicon } from 'src/vacancies/screening/engine/lexicon';

/**
 * Cues that hold whatever language a text is written in: currencies (next to a number they
 * make an amount), payment channels fraud uses, and words borrowed across languages. For a
 * text in a language without a lexicon, an amount next to one of these is a fee cue.
 */
export const universal: Lexicon = {
  language: 'universal',
  name: 'any language',
  cues: {
    channel: `western union, westernunion, moneygram, money gram, worldremit, remitly, m pesa, mpesa, bkash,
      easypaisa, jazzcash, gcash, paypal, skrill, payoneer, bitcoin, bitcoins, btc, usdt, tether, crypto,
      cryptocurrency, gift card, gift cards, itunes card|cards, google play card|cards, vodafone cash, orange money,
      mobile money, ويسترن يونيون, ويسترن يونين, وسترن يونيون, موني جرام, موني غرام, فودافون كاش, ایزی پیسہ,
      جاز کیش, вестерн юнион, золотая корона, биткоин`,
    currency: `eur, euro, euros, €, usd, dollar, dollars, $, gbp, £, pound, pounds, pln, zl, zł, zloty, zlotych,
      złotych, ron, lei, leu, tl, ₺, lira, liras, pkr, rs, rupee, rupees, inr, ₹, bdt, taka, npr, php, ₱, peso,
      pesos, idr, rp, rupiah, mad, dh, dhs, dirham, dirhams, tnd, dzd, dinar, dinars, egp, sar, riyal, riyals, aed,
      qar, kwd, ngn, naira, ₦, ghs, cedi, cedis, kes, ksh, uah, czk, kc, huf, forint, chf, sek, nok, dkk, kr, bgn,
      leva, يورو, دولار, دولارا, درهم, دراهم, دينار, ريال, جنيه, ليره, روپے, روپیہ, روپیے, یورو, ڈالر, евро,
      долларов, руб, грн`,
    rate: 'brutto, netto, bruto, neto, h, hr, pm',
    intlFee: `visa, viza, vize, wiza, vizum, visum, vīza, виза, ویزا, ویزہ, فيزا, تاشيره, fee, fees, cash, deposit,
      depozit, depozito, deposito, kaucja, ticket, tiket, bilet, bileti, komisyon, komisi, commission, provizion,
      administrasi, biaya, bayad, bayaran, перевод, оплата, оплатить, взнос, депозит, залог, комиссия`,
  },
};
