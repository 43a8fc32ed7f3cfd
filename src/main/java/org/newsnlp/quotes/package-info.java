/**
 * Quotations: finding the quoted passages ({@link org.newsnlp.quotes.QuoteMarks}), telling who said
 * them with which verb ({@link org.newsnlp.quotes.Attributions}, which tries named {@link
 * org.newsnlp.quotes.AttributionPattern}s in a documented order, each deciding from the questions
 * {@link org.newsnlp.quotes.Phrases} and {@link org.newsnlp.quotes.Cues} answer about the tokens),
 * finding reported speech without marks ({@link org.newsnlp.quotes.ReportedSpeech}), naming the
 * speaker in full ({@link org.newsnlp.quotes.Names}) and putting it together ({@link
 * org.newsnlp.quotes.QuoteExtractor}). Plain Java over annotated articles: nothing here imports
 * Beam.
 */
package org.newsnlp.quotes;
