package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;

/**
 * What the read stage recovered of an article's structure. Offsets are into the decoded text, end
 * exclusive.
 *
 * @param headline the headline as written in the text, or empty when none was recognised
 * @param headlineStart offset of the headline, or -1 when there is none
 * @param headlineEnd end of the headline, or -1
 * @param originalHeadline the headline from a {@code Source: <headline> – <publisher>} line, or
 *     empty
 * @param publisher the publisher from that line, or empty
 * @param bodyParagraphs offsets of the body paragraphs (blocks between blank lines), in order; the
 *     headline, anything before it and the credit line are not part of the body
 */
public record ArticleLayout(
    String headline,
    int headlineStart,
    int headlineEnd,
    String originalHeadline,
    String publisher,
    List<Span> bodyParagraphs)
    implements Serializable {

  public ArticleLayout {
    bodyParagraphs = List.copyOf(bodyParagraphs);
  }

  public boolean hasHeadline() {
    return headlineStart >= 0;
  }
}
