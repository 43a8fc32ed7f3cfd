/**
 * Value types that travel between stages: {@link org.newsnlp.model.Article}, {@link
 * org.newsnlp.model.AnnotatedArticle}, {@link org.newsnlp.model.Quote}, {@link
 * org.newsnlp.model.QuotedArticle}, {@link org.newsnlp.model.DocumentStats} and {@link
 * org.newsnlp.model.RejectedInput}. All are immutable records with an explicit Beam coder, since
 * Beam cannot infer a schema from a record.
 */
package org.newsnlp.model;
