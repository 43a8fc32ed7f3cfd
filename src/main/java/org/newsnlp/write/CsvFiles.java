package org.newsnlp.write;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes tables as RFC 4180 CSV: UTF-8 (with a byte-order mark when asked, for Excel), a header
 * row, CRLF line ends, fields quoted when they hold a comma, quote or line break, every cell made
 * safe for spreadsheets by {@link SpreadsheetCells}.
 */
public final class CsvFiles {
  private CsvFiles() {}

  public static CSVFormat format(List<String> header) {
    return CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).get();
  }

  /** Writes {@code header} and {@code rows} to {@code out}, without a byte-order mark. */
  public static void write(
      java.io.OutputStream out, List<String> header, Iterable<List<String>> rows)
      throws IOException {
    write(out, header, rows, false);
  }

  /** Writes {@code header} and {@code rows} to {@code out}; does not close it. */
  public static void write(
      java.io.OutputStream out, List<String> header, Iterable<List<String>> rows, boolean excelBom)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (excelBom) {
      writer.write('\uFEFF');
    }
    CSVPrinter printer = new CSVPrinter(writer, format(header));
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "row has " + row.size() + " cells, header " + header.size() + ": " + row);
      }
      for (String cell : row) {
        printer.print(SpreadsheetCells.safe(cell));
      }
      printer.println();
    }
    printer.flush();
  }
}
