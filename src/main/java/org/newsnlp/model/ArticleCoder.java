package org.newsnlp.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

/**
 * A compact coder for {@link Article}: its strings length-prefixed in UTF-8 and its offsets as
 * variable-length integers, with none of Java serialization's class descriptors. Runners that copy
 * or ship elements between steps (Flink, Spark) call it once per article and step.
 */
public final class ArticleCoder extends AtomicCoder<Article> {
  private static final ArticleCoder INSTANCE = new ArticleCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  private ArticleCoder() {}

  public static ArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Article a, OutputStream out) throws IOException {
    STRING.encode(a.docId(), out);
    STRING.encode(a.path(), out);
    STRING.encode(a.text(), out);
    STRING.encode(a.encoding(), out);
    VarInt.encode(a.sizeBytes(), out);
    ArticleLayout layout = a.layout();
    STRING.encode(layout.headline(), out);
    // Offsets are -1 when there is no headline; shifted by one to stay non-negative.
    VarInt.encode(layout.headlineStart() + 1, out);
    VarInt.encode(layout.headlineEnd() + 1, out);
    STRING.encode(layout.originalHeadline(), out);
    STRING.encode(layout.publisher(), out);
    VarInt.encode(layout.bodyParagraphs().size(), out);
    for (Span s : layout.bodyParagraphs()) {
      VarInt.encode(s.start(), out);
      VarInt.encode(s.end() - s.start(), out);
    }
    ArticleMetadata metadata = a.metadata();
    STRING.encode(metadata.published(), out);
    STRING.encode(metadata.url(), out);
    STRING.encode(metadata.outlet(), out);
    VarInt.encode(metadata.authors().size(), out);
    for (String author : metadata.authors()) {
      STRING.encode(author, out);
    }
    STRING.encode(metadata.warnings(), out);
  }

  @Override
  public Article decode(InputStream in) throws IOException {
    String docId = STRING.decode(in);
    String path = STRING.decode(in);
    String text = STRING.decode(in);
    String encoding = STRING.decode(in);
    long sizeBytes = VarInt.decodeLong(in);
    String headline = STRING.decode(in);
    int headlineStart = VarInt.decodeInt(in) - 1;
    int headlineEnd = VarInt.decodeInt(in) - 1;
    String originalHeadline = STRING.decode(in);
    String publisher = STRING.decode(in);
    int n = VarInt.decodeInt(in);
    List<Span> body = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int start = VarInt.decodeInt(in);
      body.add(new Span(start, start + VarInt.decodeInt(in)));
    }
    String published = STRING.decode(in);
    String url = STRING.decode(in);
    String outlet = STRING.decode(in);
    int authorCount = VarInt.decodeInt(in);
    List<String> authors = new ArrayList<>(authorCount);
    for (int i = 0; i < authorCount; i++) {
      authors.add(STRING.decode(in));
    }
    String warnings = STRING.decode(in);
    return new Article(
        docId,
        path,
        text,
        encoding,
        sizeBytes,
        new ArticleLayout(headline, headlineStart, headlineEnd, originalHeadline, publisher, body),
        new ArticleMetadata(published, url, outlet, authors, warnings));
  }

  @Override
  public void verifyDeterministic() {}
}
