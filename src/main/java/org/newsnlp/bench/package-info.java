/**
 * Measurements, not tests: {@link org.newsnlp.bench.Benchmark} parses the options, has one class
 * per kind of row time it (the model limit in {@link org.newsnlp.bench.LimitLoops}, start-up, the
 * full pipeline on the direct runner at 1×, 2× and 4× a corpus in {@link
 * org.newsnlp.bench.ScaledRuns}, JSON Lines, the JVM's default flags, the packaged jar's commands
 * in {@link org.newsnlp.bench.JarPairs}, embedded Flink, and the analysis of generated pathological
 * text in {@link org.newsnlp.bench.PathologicalRuns}, whose texts ({@link
 * org.newsnlp.bench.PathologicalTexts}) the tests also run through the job) and writes the tables;
 * {@link org.newsnlp.bench.LemmaAgreement} measures how often the lemma cache agrees with the
 * lemmatizer's sentence-level output. Nothing here is used by the pipeline itself.
 */
package org.newsnlp.bench;
