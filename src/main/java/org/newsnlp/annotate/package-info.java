/**
 * NLP annotation with Apache OpenNLP: sentence detection per paragraph, tokenization, Universal POS
 * tagging and lemmatization ({@link org.newsnlp.annotate.Annotator}), with the English UD models
 * loaded once per JVM from the classpath ({@link org.newsnlp.annotate.Models}), and the rules that
 * mend what those models get wrong in news text: sentence boundaries ({@code SentenceBoundaries}),
 * token boundaries ({@code TokenBoundaries}) and tags ({@code TagCorrections}). Also the document
 * language ({@link org.newsnlp.annotate.LanguageDetector}). Plain Java: nothing here imports Beam.
 */
package org.newsnlp.annotate;
