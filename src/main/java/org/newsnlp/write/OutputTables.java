package org.newsnlp.write;

import java.util.List;
import org.newsnlp.annotate.TokenTable;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.InputFile;
import org.newsnlp.model.Quote;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.model.SpeakerStats;
import org.newsnlp.speakers.SpeakerNames;

/**
 * The tables a run of newsnlp writes, each described once: name, header, row, sort key and shard
 * key. Every table is written by {@link WriteCsvTable} from its description, and {@link #ALL} names
 * every table a run can write, so that publishing a run can remove the tables of an earlier run
 * that this one did not write (a {@code tokens.csv} left from a run with {@code --emitTokens}).
 */
public final class OutputTables {
  private OutputTables() {}

  /** One row per document, sorted by {@code doc_id}. */
  public static final CsvTable<DocumentStats> DOCUMENTS =
      new CsvTable<>(
          "documents.csv",
          DocumentStats.header(),
          DocumentStats::toCsv,
          DocumentStats::docId,
          DocumentStats::docId);

  /** One row per quotation, sorted by document, then by where it starts. */
  public static final CsvTable<Quote> QUOTES =
      new CsvTable<>(
          "quotes.csv", Quote.header(), Quote::toCsv, OutputTables::quoteOrder, Quote::docId);

  /**
   * One row per speaker over the run, most quoted first, then by name ignoring case; one file even
   * with shards.
   */
  public static final CsvTable<SpeakerStats> SPEAKERS =
      CsvTable.oneFile(
          "speakers.csv", SpeakerStats.header(), SpeakerStats::toCsv, OutputTables::speakerOrder);

  /** One row per token ({@code --emitTokens}), sorted by document, then by position. */
  public static final CsvTable<List<String>> TOKENS =
      new CsvTable<>(
          "tokens.csv", TokenTable.header(), row -> row, TokenTable::sortKey, row -> row.get(0));

  /** One row per rejected input, sorted by path. */
  public static final CsvTable<RejectedInput> ERRORS =
      new CsvTable<>(
          "errors.csv",
          RejectedInput.header(),
          RejectedInput::toCsv,
          RejectedInput::path,
          RejectedInput::path);

  /** One row per matched input file, sorted by path. */
  public static final CsvTable<InputFile> INPUTS =
      new CsvTable<>(
          "inputs.csv", InputFile.header(), InputFile::toCsv, InputFile::path, InputFile::path);

  /** Every table a run can write. */
  public static final List<CsvTable<?>> ALL =
      List.of(DOCUMENTS, QUOTES, SPEAKERS, TOKENS, ERRORS, INPUTS);

  /** Speakers sort by quotes, most first, then by name ignoring case, then as written. */
  static String speakerOrder(SpeakerStats s) {
    return String.format("%010d", Integer.MAX_VALUE - s.quotes())
        + '\u0000'
        + SpeakerNames.fold(s.speaker())
        + '\u0000'
        + s.speaker();
  }

  /** Quotes sort by document, then by where they start. */
  static String quoteOrder(Quote q) {
    return q.docId() + '\u0000' + String.format("%010d", q.start());
  }
}
