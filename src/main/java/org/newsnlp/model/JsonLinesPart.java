package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A run of consecutive lines of one JSON Lines file: what one worker reads and analyses, one line
 * at a time, so that a large file is spread over workers and no worker holds more than one of its
 * articles at once.
 *
 * @param location the file as Beam's file systems name it
 * @param path the file's path relative to the input folder
 * @param docId the file's document id; a line's is {@code <docId>/<article id or line number>}
 * @param gzip whether the file is gzip-compressed; its offsets then count decompressed bytes
 * @param firstLine the number of the part's first line, counted from 1
 * @param startByte the offset of the part's first line
 * @param endByte the offset just past the part's last line and its line end
 * @param sharedIdLines the lines of the part whose article's id is shared with another line of the
 *     file, or is another line's number: their id is {@code <docId>/<article id>@<line number>}
 */
@DefaultCoder(RecordCoder.class)
public record JsonLinesPart(
    String location,
    String path,
    String docId,
    boolean gzip,
    long firstLine,
    long startByte,
    long endByte,
    List<Long> sharedIdLines)
    implements Serializable {

  public JsonLinesPart {
    sharedIdLines = List.copyOf(sharedIdLines);
  }
}
