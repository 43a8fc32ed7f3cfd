package org.newsnlp.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U into documents of running text with gold sentence and surface-token offsets, the
 * way {@code ../shared/eval/ud/README.txt} derives its plain text: inside a paragraph sentences are
 * joined by one space, or by nothing when the sentence's last surface token has {@code
 * SpaceAfter=No}; paragraphs ({@code # newpar}) are separated by one blank line; a document ({@code
 * # newdoc}) ends with a newline. A multiword token is one surface token whose tag is its words'
 * tags joined with {@code +} ("don't" → {@code AUX+PART}), the convention the OpenNLP UD models
 * were trained with. Empty nodes ({@code 8.1}) are skipped.
 */
public final class ConlluDocuments {
  private ConlluDocuments() {}

  /** A gold document: its text and its sentences and tokens, offsets into {@code text}. */
  public record GoldDocument(
      String id, String text, List<TaggedSpan> sentences, List<TaggedSpan> tokens) {
    public GoldDocument {
      sentences = List.copyOf(sentences);
      tokens = List.copyOf(tokens);
    }
  }

  /**
   * A span of a document, gold or predicted; {@code tag} is a token's UPOS, empty for a sentence.
   */
  public record TaggedSpan(int start, int end, String tag) {}

  /** All documents of a CoNLL-U stream, in order. */
  public static List<GoldDocument> read(Reader in) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    List<GoldDocument> docs = new ArrayList<>();
    Builder doc = null;
    List<String[]> rows = new ArrayList<>();
    String sentenceText = null;
    boolean newDoc = false;
    boolean newPar = false;
    String docId = null;
    int unnamed = 0;
    String line;
    while (true) {
      line = lines.readLine();
      if (line == null || line.isBlank()) {
        if (sentenceText != null) {
          if (doc == null || newDoc) {
            if (doc != null) {
              docs.add(doc.build());
            }
            doc = new Builder(docId != null ? docId : "doc" + (++unnamed));
          }
          doc.add(sentenceText, rows, newPar);
        }
        rows = new ArrayList<>();
        sentenceText = null;
        newDoc = false;
        newPar = false;
        docId = null;
        if (line == null) {
          break;
        }
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).trim();
        if (c.startsWith("newdoc")) {
          newDoc = true;
          int eq = c.indexOf('=');
          docId = eq >= 0 ? c.substring(eq + 1).trim() : null;
        } else if (c.equals("newpar") || c.startsWith("newpar ")) {
          newPar = true;
        } else if (c.startsWith("text =") || c.startsWith("text=")) {
          sentenceText = c.substring(c.indexOf('=') + 1).trim();
        }
        continue;
      }
      rows.add(line.split("\t", -1));
    }
    if (doc != null) {
      docs.add(doc.build());
    }
    return docs;
  }

  private static final class Builder {
    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final List<TaggedSpan> sentences = new ArrayList<>();
    private final List<TaggedSpan> tokens = new ArrayList<>();
    private boolean lastSpaceAfter = true;

    Builder(String id) {
      this.id = id;
    }

    void add(String sentenceText, List<String[]> rows, boolean newPar) {
      if (text.length() > 0) {
        if (newPar) {
          text.append("\n\n");
        } else if (lastSpaceAfter) {
          text.append(' ');
        }
      }
      int start = text.length();
      text.append(sentenceText);
      sentences.add(new TaggedSpan(start, text.length(), ""));
      int at = start;
      boolean spaceAfter = true;
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        String id = r[0];
        if (id.contains(".")) {
          continue;
        }
        String form = r[1];
        String tag;
        if (id.contains("-")) {
          int last = Integer.parseInt(id.substring(id.indexOf('-') + 1));
          StringBuilder tags = new StringBuilder();
          int j = i + 1;
          for (; j < rows.size(); j++) {
            String wid = rows.get(j)[0];
            if (wid.contains(".")) {
              continue;
            }
            tags.append(tags.length() > 0 ? "+" : "").append(rows.get(j)[3]);
            if (Integer.parseInt(wid) == last) {
              break;
            }
          }
          i = j;
          tag = tags.toString();
        } else {
          tag = r[3];
        }
        int found = sentenceText.indexOf(form, at - start);
        // The surface form always occurs at or after the cursor; fall back to the cursor if the
        // treebank spells it differently (never seen in UD v2.16 EWT or GUM).
        int s = found >= 0 ? start + found : at;
        tokens.add(new TaggedSpan(s, s + form.length(), tag));
        at = s + form.length();
        spaceAfter = !r[9].contains("SpaceAfter=No");
      }
      lastSpaceAfter = spaceAfter;
    }

    GoldDocument build() {
      return new GoldDocument(id, text.append('\n').toString(), sentences, tokens);
    }
  }
}
