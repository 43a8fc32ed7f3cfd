package org.newsnlp.quotes;

/**
 * One way the words around a quotation name who said it. {@link Attributions} tries the patterns in
 * a documented order and takes the first answer; each pattern makes its decision from the questions
 * {@link Phrases} and {@link Cues} answer about the tokens.
 */
interface AttributionPattern {
  /** The attribution of the quotation at {@code site}, or null when this pattern finds none. */
  Attribution find(QuoteSite site);
}
