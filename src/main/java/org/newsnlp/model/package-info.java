/**
 * Value types that travel between stages: {@link org.newsnlp.model.Article} and the rows {@link
 * org.newsnlp.model.DocumentStats}, {@link org.newsnlp.model.Quote}, {@link
 * org.newsnlp.model.RejectedInput}, {@link org.newsnlp.model.InputFile}, {@link
 * org.newsnlp.model.SpeakerQuote} and {@link org.newsnlp.model.SpeakerStats}, immutable records
 * with an explicit Beam coder ({@link org.newsnlp.model.ArticleCoder}, {@link
 * org.newsnlp.model.RecordCoder}), since Beam cannot infer a schema from a record; and {@link
 * org.newsnlp.model.AnnotatedArticle} and {@link org.newsnlp.model.QuotedArticle}, which live only
 * inside the step that analyses one article.
 */
package org.newsnlp.model;
