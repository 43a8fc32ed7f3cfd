/**
 * Beam wiring for the plain-Java stages: {@link org.newsnlp.pipeline.AnnotateArticles}, {@link
 * org.newsnlp.pipeline.ExtractQuotes} and {@link org.newsnlp.pipeline.ComputeDocumentStats}. Each
 * is a thin adapter: the logic lives in {@code annotate}, {@code quotes} and {@code stats}. A
 * document that makes a stage fail leaves it as a {@link org.newsnlp.model.RejectedInput} on the
 * stage's {@code REJECTED} output; the others carry on.
 */
package org.newsnlp.pipeline;
