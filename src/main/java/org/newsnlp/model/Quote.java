package org.newsnlp.model;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One attributed quotation: what was said, by whom, with which verb. One row of {@code quotes.csv}.
 *
 * @param docId the document
 * @param quoteIndex position of the quotation in the document, from 0
 * @param type {@code direct} (inside quotation marks), {@code mixed} (a paraphrase containing
 *     quoted words) or {@code indirect} (reported speech without marks)
 * @param text the quoted words, without the marks
 * @param start offset of the quoted words in the decoded text
 * @param end end of the quoted words, exclusive
 * @param speaker the fullest name of the speaker found in the article, or empty
 * @param speakerMention the words naming the speaker next to the quotation, or empty
 * @param speakerType person, organization, group, unnamed, document or pronoun; empty when there is
 *     no speaker
 * @param speakerRole the role or description the article attaches to the speaker ("Home
 *     Secretary"), or empty
 * @param cue the verb (phrase) that attributes the quotation, or empty
 * @param via the outlet, agency or document the writer credits besides the speaker ("…, Mr.
 *     Khamenei said, according to IRNA"), or empty
 * @param paragraphIndex index of the paragraph where the quotation starts
 * @param sentenceIndex index of the sentence where the quotation starts
 */
@DefaultCoder(RecordCoder.class)
public record Quote(
    String docId,
    int quoteIndex,
    String type,
    String text,
    int start,
    int end,
    String speaker,
    String speakerMention,
    String speakerType,
    String speakerRole,
    String cue,
    String via,
    int paragraphIndex,
    int sentenceIndex)
    implements Serializable {

  public static java.util.List<String> header() {
    return java.util.List.of(
        "doc_id",
        "quote_index",
        "quote_type",
        "quote_text",
        "quote_start",
        "quote_end",
        "speaker",
        "speaker_mention",
        "speaker_type",
        "speaker_role",
        "cue",
        "via",
        "paragraph_index",
        "sentence_index");
  }

  public java.util.List<String> toCsv() {
    return java.util.List.of(
        docId,
        Integer.toString(quoteIndex),
        type,
        text,
        Integer.toString(start),
        Integer.toString(end),
        speaker,
        speakerMention,
        speakerType,
        speakerRole,
        cue,
        via,
        Integer.toString(paragraphIndex),
        Integer.toString(sentenceIndex));
  }
}
