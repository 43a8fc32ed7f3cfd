package org.newsnlp.options;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Merges a job file's option values with the command line. A job file is a Java properties file of
 * {@code option=value} lines (option names as on the command line, without dashes); a value given
 * on the command line replaces the file's.
 */
public final class JobFile {
  private JobFile() {}

  /**
   * The arguments to parse: the job file's options (when {@code --job} names one) followed by the
   * command line's, with any option named in both taken from the command line only.
   */
  public static String[] merge(String[] args) throws IOException {
    String job = null;
    Map<String, String> cli = new LinkedHashMap<>();
    List<String> passThrough = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--job") && i + 1 < args.length) {
        arg = "--job=" + args[++i];
      }
      String name = optionName(arg);
      if (name == null) {
        passThrough.add(arg);
        continue;
      }
      if (name.equals("job")) {
        job = arg.substring(arg.indexOf('=') + 1);
      }
      cli.put(name, arg);
    }
    List<String> merged = new ArrayList<>();
    if (job != null) {
      for (Map.Entry<String, String> e : read(Path.of(job)).entrySet()) {
        if (!cli.containsKey(e.getKey())) {
          merged.add("--" + e.getKey() + "=" + e.getValue());
        }
      }
    }
    merged.addAll(cli.values());
    merged.addAll(passThrough);
    return merged.toArray(new String[0]);
  }

  /** The options set in {@code args}, by name ({@code inputs → x} for {@code --inputs=x}). */
  public static Map<String, String> options(String[] args) {
    Map<String, String> options = new TreeMap<>();
    for (String arg : args) {
      String name = optionName(arg);
      if (name != null) {
        options.put(name, arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }

  /** The file's options, sorted by name. */
  public static Map<String, String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("job file " + file + " does not exist or is not a file");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> options = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      options.put(name.strip(), properties.getProperty(name).strip());
    }
    return options;
  }

  /** {@code inputs} for {@code --inputs=x}; null for anything that is not {@code --name=value}. */
  private static String optionName(String arg) {
    if (!arg.startsWith("--") || !arg.contains("=")) {
      return null;
    }
    return arg.substring(2, arg.indexOf('='));
  }
}
