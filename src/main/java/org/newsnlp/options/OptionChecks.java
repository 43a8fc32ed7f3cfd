package org.newsnlp.options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.newsnlp.read.InputFiles;
import org.newsnlp.read.JsonFields;
import org.newsnlp.read.SpecialFiles;

/**
 * The checks made on the options before any work: each mistake found is a sentence that names the
 * culprit and says what to do, and any mistake stops the run with exit code 2 before a pipeline is
 * built, a folder is created or an article is read.
 *
 * <p>Checked: switches given true or false ({@link #switchProblems}, before Beam reads them);
 * numbers in range ({@code --shards}, {@code --maxDocumentBytes}, {@code --maxDocumentSeconds},
 * {@code --progressSeconds}); each JSON field option naming a field; {@code --layout}, {@code
 * --runDate} and {@code --incremental} agreeing; the input folder existing and the pattern matching
 * at least one file that would be read (unless {@code --allowEmptyInputs=true}); {@code --output}
 * being a folder newsnlp can create or write in, on the local (or a mounted) file system, and not
 * inside the input folder.
 */
public final class OptionChecks {
  private OptionChecks() {}

  /** The mistakes in {@code options}, in the order of the options; empty when there are none. */
  public static List<String> problems(NewsNlpOptions options) {
    List<String> problems = new ArrayList<>();
    checkNumbers(options, problems);
    checkJsonFields(options, problems);
    checkLayout(options, problems);
    InputFiles inputs = InputFiles.of(options.getInputs());
    checkInputs(options, inputs, problems);
    checkOutput(options, inputs, problems);
    return problems;
  }

  /**
   * The switches of newsnlp ({@code --report}, {@code --excelBom}, …) given a value other than true
   * or false, named, before Beam reads the options (whose own message would not name them).
   */
  public static List<String> switchProblems(String[] args) {
    List<String> problems = new ArrayList<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        continue;
      }
      String name = arg.substring(2, eq);
      String value = arg.substring(eq + 1);
      if (isSwitch(name) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        problems.add(
            arg + " is neither true nor false: give --" + name + "=true or --" + name + "=false");
      }
    }
    return problems;
  }

  private static boolean isSwitch(String name) {
    if (name.isEmpty()) {
      return false;
    }
    String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (java.lang.reflect.Method m : NewsNlpOptions.class.getMethods()) {
      if (m.getName().equals(getter)
          && m.getParameterCount() == 0
          && m.getDeclaringClass().getPackage() == NewsNlpOptions.class.getPackage()
          && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
        return true;
      }
    }
    return false;
  }

  private static void checkNumbers(NewsNlpOptions options, List<String> problems) {
    if (options.getShards() < 0) {
      problems.add(
          "--shards="
              + options.getShards()
              + " is negative: give 0 for one file per table, or the number of files per table");
    }
    if (options.getMaxDocumentBytes() < 1) {
      problems.add(
          "--maxDocumentBytes="
              + options.getMaxDocumentBytes()
              + " would reject every file: give the largest size to accept, in bytes (default"
              + " 5242880)");
    }
    double seconds = options.getMaxDocumentSeconds();
    if (!(seconds >= 0)) {
      problems.add(
          "--maxDocumentSeconds="
              + (seconds == Math.rint(seconds) ? Long.toString((long) seconds) : seconds)
              + (Double.isNaN(seconds) ? " is not a number" : " is negative")
              + ": give the most seconds one document may take (default 60), or 0 for no limit");
    }
    if (options.getProgressSeconds() < 0) {
      problems.add(
          "--progressSeconds="
              + options.getProgressSeconds()
              + " is negative: give the seconds between progress lines, or 0 for none");
    }
  }

  private static void checkJsonFields(NewsNlpOptions options, List<String> problems) {
    for (JsonFieldOption field : JsonFieldOption.values()) {
      String value = field.valueIn(options);
      if (value == null || JsonFields.names(value).isEmpty()) {
        problems.add(
            "--"
                + field.option()
                + " names no JSON field: give one or more field names, comma-separated");
      }
    }
  }

  private static void checkLayout(NewsNlpOptions options, List<String> problems) {
    String layout = options.getLayout();
    if (layout != null && !layout.equals("flat") && !layout.equals("dated")) {
      problems.add("--layout=" + layout + " is not a layout: give flat or dated");
    }
    if (options.getRunDate() != null) {
      try {
        LocalDate.parse(options.getRunDate());
      } catch (DateTimeParseException e) {
        problems.add(
            "--runDate="
                + options.getRunDate()
                + " is not a date: give it as YYYY-MM-DD, e.g. 2026-03-01");
      }
    }
    boolean dated =
        layout == null
            ? options.getJob() != null || options.getRunDate() != null
            : layout.equals("dated");
    if (options.getIncremental() && !dated) {
      problems.add(
          "--incremental=true needs a dated run, whose folder remembers the inputs seen: add"
              + " --job or --runDate");
    }
  }

  private static void checkInputs(
      NewsNlpOptions options, InputFiles inputs, List<String> problems) {
    String given = options.getInputs();
    String hint =
        given.startsWith("~")
            ? " (the shell does not expand ~ after --inputs=: write $HOME/"
                + given.substring(Math.min(given.length(), 2))
                + " or the full path)"
            : "";
    if (!inputs.isRemote()) {
      Path folder = Path.of(inputs.folder());
      if (!Files.exists(folder)) {
        problems.add(
            "--inputs="
                + given
                + ": the folder "
                + folder
                + " does not exist"
                + hint
                + "; check the path (a relative path starts from "
                + Path.of("").toAbsolutePath()
                + ")");
        return;
      }
      if (!Files.isDirectory(folder)) {
        problems.add(
            "--inputs=" + given + ": " + folder + " is a file, not a folder; check the path");
        return;
      }
    }
    int files;
    try {
      FileSystems.setDefaultPipelineOptions(options);
      // Dangling links and other non-files are inputs too: they become error rows.
      files = inputs.match().size() + SpecialFiles.find(inputs).size();
    } catch (IOException | RuntimeException e) {
      problems.add("--inputs=" + given + " could not be listed: " + e.getMessage());
      return;
    }
    if (files == 0 && !options.getAllowEmptyInputs()) {
      if (hint.isEmpty() && !inputs.pattern().contains("**") && hasSubFolders(inputs)) {
        hint = " (it has sub-folders: --inputs=" + inputs.folder() + "** reads the files in them)";
      }
      problems.add(
          "--inputs="
              + given
              + " matches no file to read in "
              + inputs.folder()
              + hint
              + "; files and folders whose names start with a dot are not read. Check the"
              + " pattern (* stays in one folder, ** goes into sub-folders), or add"
              + " --allowEmptyInputs=true where an empty run is normal");
    }
  }

  private static boolean hasSubFolders(InputFiles inputs) {
    if (inputs.isRemote()) {
      return false;
    }
    try (var entries = Files.list(Path.of(inputs.folder()))) {
      return entries.anyMatch(
          p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."));
    } catch (IOException e) {
      return false;
    }
  }

  private static void checkOutput(
      NewsNlpOptions options, InputFiles inputs, List<String> problems) {
    String given = options.getOutput();
    if (given.contains("://") && !given.startsWith("file://")) {
      problems.add(
          "--output="
              + given
              + ": the tables are published by renaming files, which needs a local or mounted"
              + " folder; give one (input may still come from "
              + given.substring(0, given.indexOf("://") + 3)
              + ")");
      return;
    }
    Path output =
        Path.of(given.startsWith("file://") ? given.substring(7) : given)
            .toAbsolutePath()
            .normalize();
    if (Files.exists(output) && !Files.isDirectory(output)) {
      problems.add(
          "--output="
              + given
              + ": "
              + output
              + " is a file, not a folder; give a folder (it is created when missing)");
      return;
    }
    Path existing = output;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
      problems.add(
          "--output="
              + given
              + ": cannot write in "
              + (existing == null ? output : existing)
              + "; give a folder you can write to");
      return;
    }
    if (!inputs.isRemote()) {
      Path folder = Path.of(inputs.folder()).toAbsolutePath().normalize();
      if (output.startsWith(folder)) {
        problems.add(
            "--output="
                + given
                + " is inside the input folder "
                + folder
                + ": its tables would be read as articles by the next run; give a folder"
                + " outside it");
      }
    }
  }
}
