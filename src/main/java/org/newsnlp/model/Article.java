package org.newsnlp.model;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One decoded input file, before annotation.
 *
 * @param docId the file's path relative to the input folder, without extension
 * @param path the file's path relative to the input folder
 * @param text the decoded text (byte-order mark removed); every offset in later stages points here
 * @param encoding the character set the bytes were decoded with, e.g. {@code UTF-8}
 * @param sizeBytes the size of the file in bytes
 * @param layout where the headline, body and credit line lie in {@code text}
 */
@DefaultCoder(ArticleCoder.class)
public record Article(
    String docId, String path, String text, String encoding, long sizeBytes, ArticleLayout layout)
    implements Serializable {}
