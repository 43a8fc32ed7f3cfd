/**
 * NLP annotation with Apache OpenNLP: sentence detection per paragraph, tokenization, Universal POS
 * tagging and lemmatization ({@link org.newsnlp.annotate.Annotator}), with the English UD models
 * loaded once per JVM from the classpath ({@link org.newsnlp.annotate.Models}). Plain Java: nothing
 * here imports Beam.
 */
package org.newsnlp.annotate;
