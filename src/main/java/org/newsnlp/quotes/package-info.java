/**
 * Quotations: finding the quoted passages ({@link org.newsnlp.quotes.QuoteMarks}), telling who said
 * them with which verb ({@link org.newsnlp.quotes.Attributions}), finding reported speech without
 * marks ({@link org.newsnlp.quotes.ReportedSpeech}), naming the speaker in full ({@link
 * org.newsnlp.quotes.Names}) and putting it together ({@link org.newsnlp.quotes.QuoteExtractor}).
 * Plain Java over annotated articles: nothing here imports Beam.
 */
package org.newsnlp.quotes;
