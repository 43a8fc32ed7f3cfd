/**
 * Beam wiring for the plain-Java stages: {@link org.newsnlp.pipeline.AnalyzeArticles} annotates
 * each article, finds its quotations and computes its statistics in one step, a thin adapter over
 * {@code ArticleSteps}; the logic lives in {@code annotate}, {@code quotes} and {@code stats}. A
 * document that makes a step fail leaves it as a {@link org.newsnlp.model.RejectedInput} on the
 * {@code REJECTED} output, its stack trace in the run's log; the others carry on. {@link
 * org.newsnlp.pipeline.CountSpeakers} adds the attributed quotations of the whole run up per
 * speaker, over the plain logic of {@code speakers}.
 */
package org.newsnlp.pipeline;
