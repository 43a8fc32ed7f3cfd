/**
 * Measurements, not tests: {@link org.newsnlp.bench.Benchmark} times the model limit, the full
 * pipeline on the direct runner and on embedded Flink, growth at 1×, 2× and 4× a corpus, and the
 * analysis of generated pathological text ({@link org.newsnlp.bench.PathologicalTexts}, which the
 * tests also run through the job); {@link org.newsnlp.bench.LemmaAgreement} measures how often the
 * lemma cache agrees with the lemmatizer's sentence-level output. Nothing here is used by the
 * pipeline itself.
 */
package org.newsnlp.bench;
