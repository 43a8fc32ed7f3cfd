/**
 * Reading input files: matching them ({@link org.newsnlp.read.ReadArticles}), decoding their bytes
 * ({@link org.newsnlp.read.TextDecoder}), naming them ({@link org.newsnlp.read.DocIds}) and
 * recovering headline, publisher and paragraphs ({@link org.newsnlp.read.LayoutReader}). A file
 * that cannot become an article becomes a {@link org.newsnlp.model.RejectedInput}.
 */
package org.newsnlp.read;
