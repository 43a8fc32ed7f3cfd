/**
 * The {@code evaluate} command ({@link org.newsnlp.evaluate.Evaluate}): measures newsnlp's own
 * accuracy against gold data a user brings. Sentence boundaries and UPOS tags are scored against
 * CoNLL-U ({@link org.newsnlp.evaluate.ConlluDocuments} rebuilds each document's running text and
 * gold offsets, {@link org.newsnlp.evaluate.TaggingScore} compares spans); quotations are scored
 * against a PolNeAR-style gold CSV with the matching rule of {@code score_quotes.py} ({@link
 * org.newsnlp.evaluate.QuoteScore}). Plain Java: nothing here builds a pipeline.
 */
package org.newsnlp.evaluate;
