/**
 * Beam wiring for the plain-Java stages. The job runs {@link org.newsnlp.pipeline.AnalyzeArticles}:
 * annotation, quotations and statistics of each article in one step. The same steps also stand
 * alone as {@link org.newsnlp.pipeline.AnnotateArticles}, {@link
 * org.newsnlp.pipeline.ExtractQuotes} and {@link org.newsnlp.pipeline.ComputeDocumentStats} (for
 * pipelines that want the annotations themselves). Each is a thin adapter over {@code
 * ArticleSteps}; the logic lives in {@code annotate}, {@code quotes} and {@code stats}. A document
 * that makes a step fail leaves it as a {@link org.newsnlp.model.RejectedInput} on the {@code
 * REJECTED} output; the others carry on.
 */
package org.newsnlp.pipeline;
