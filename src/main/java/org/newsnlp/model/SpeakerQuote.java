package org.newsnlp.model;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * What {@code speakers.csv} needs of one attributed row of {@code quotes.csv}: whose it is, in
 * which role, in which document, of which type, and how many quoted words it holds (counted as
 * {@code documents.csv} counts them, from the article's tokens, which the row alone no longer has).
 *
 * @param docId the document
 * @param speaker the row's {@code speaker}, never empty
 * @param speakerType the row's {@code speaker_type}
 * @param speakerRole the row's {@code speaker_role}, empty when none
 * @param quoteType the row's {@code quote_type}
 * @param quotedWords words inside the row when it is {@code direct} or {@code mixed}, else 0
 * @param published the date its document was published, {@code YYYY-MM-DD} ({@link
 *     ArticleMetadata#publishedDate}); empty when the document has none
 */
@DefaultCoder(RecordCoder.class)
public record SpeakerQuote(
    String docId,
    String speaker,
    String speakerType,
    String speakerRole,
    String quoteType,
    int quotedWords,
    String published)
    implements Serializable {}
