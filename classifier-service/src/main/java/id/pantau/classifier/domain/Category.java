package id.pantau.classifier.domain;

/**
 * What a rule's terms are evidence of. Co-occurrence rules combine categories ("an origin term within four
 * words of a clothing term"), so that a policy author writes vocabularies once and the combinations as rules.
 */
public enum Category {
    TRADE_TERM,
    ORIGIN,
    CLOTHING,
    CALL_TO_ACTION,
    MARKET_PLACE,
    /** Price shapes ({@code 45k}, {@code 60rb}, {@code rp50.000}); see {@link id.pantau.classifier.domain.normalise.TokenShape}. */
    PRICE,
    /** Contact words ({@code dm}, {@code whatsapp}) and phone-number shapes ({@code 08…}, {@code +62…}). */
    CONTACT,
    /** News, campaign, donation, own clothes, ball and hay, explicit denials: subtracts. */
    EXCLUSION
}
