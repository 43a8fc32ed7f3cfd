package org.newsnlp.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The texts of {@code --help} (also {@code -h}) and {@code --version}. The help lists newsnlp's own
 * options grouped by purpose, with their defaults, then two examples and the exit codes; Beam's own
 * options (runners, workers, the direct runner's threads) come with {@code --help=beam}, and {@code
 * --help=<interface>} is Beam's help for one options interface.
 */
public final class Help {
  private static final int WIDTH = 100;

  /** Option groups in the order they are printed; the options of each in this order first. */
  private static final List<Group> GROUPS =
      List.of(
          new Group(
              "Inputs",
              InputOptions.class,
              List.of("inputs", "allowEmptyInputs", "maxDocumentBytes", "maxDocumentSeconds")),
          new Group(
              "JSON articles (.json, .jsonl, .ndjson)",
              JsonOptions.class,
              Arrays.stream(JsonFieldOption.values()).map(JsonFieldOption::option).toList()),
          new Group(
              "Outputs",
              OutputOptions.class,
              List.of("output", "report", "excelBom", "emitTokens", "shards")),
          new Group(
              "Scheduled and repeated runs",
              RunOptions.class,
              List.of("job", "runDate", "layout", "incremental", "failOnRejected")));

  private record Group(
      String title, Class<? extends PipelineOptions> options, List<String> first) {}

  private Help() {}

  /** True when {@code args} ask for help or the version instead of a run. */
  public static boolean isRequest(String[] args) {
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.startsWith("--help=")) {
        return true;
      }
      if (arg.equals("--version")) {
        return true;
      }
    }
    return false;
  }

  /** Prints what {@code args} ask for ({@link #isRequest}) to {@code out}. */
  public static void print(String[] args, PrintStream out) {
    for (String arg : args) {
      if (arg.equals("--version")) {
        out.print(version());
        return;
      }
      if (arg.equals("--help=beam")) {
        // Beam's list of options interfaces, then the options every run has (--runner, …) with
        // the direct runner's; --help=<interface> gives any other, e.g. FlinkPipelineOptions.
        PipelineOptionsFactory.register(NewsNlpOptions.class);
        PipelineOptionsFactory.printHelp(out);
        out.println();
        PipelineOptionsFactory.printHelp(out, org.apache.beam.runners.direct.DirectOptions.class);
        return;
      }
      if (arg.startsWith("--help=")) {
        // Beam's own per-interface help, as Beam's --help=<interface> gives it.
        PipelineOptionsFactory.register(NewsNlpOptions.class);
        PipelineOptionsFactory.fromArgs(arg).create();
        return;
      }
    }
    out.print(usage());
  }

  /** The text of {@code --help}. */
  public static String usage() {
    StringBuilder s = new StringBuilder();
    s.append("Usage: java -jar newsnlp.jar [--option=value ...]\n");
    s.append("       mvn -q compile exec:java -Dexec.args=\"[--option=value ...]\"\n\n");
    s.append(
        wrap(
            "Reads news articles (one a text or JSON file, or one a line of JSON Lines), finds"
                + " sentences, tokens, tags, lemmas and quotations, and writes documents.csv,"
                + " quotes.csv, errors.csv, inputs.csv and run.json into --output.",
            ""));
    for (Group group : GROUPS) {
      s.append('\n').append(group.title()).append(":\n");
      for (Method getter : getters(group)) {
        String name = optionName(getter);
        s.append("  --").append(name).append('=').append(valueHint(getter));
        String defaultValue = defaultOf(getter);
        if (defaultValue != null) {
          s.append("   (default ").append(defaultValue).append(')');
        }
        s.append('\n');
        Description description = getter.getAnnotation(Description.class);
        if (description != null) {
          s.append(wrap(description.value(), "      "));
        }
      }
    }
    s.append("\nRunners:\n");
    s.append("  --runner=DirectRunner|FlinkRunner|SparkRunner   (default DirectRunner)\n");
    s.append(
        wrap(
            "The direct runner uses every core of this machine (--targetParallelism=N to change"
                + " that). Flink and Spark need their Maven profile (-Pflink-runner,"
                + " -Pspark-runner) and their own options (--flinkMaster, --parallelism,"
                + " --sparkMaster): see src/site/markdown/runners.md. --help=beam lists every"
                + " option of Beam and its runners.",
            "      "));
    s.append("\nExamples:\n");
    s.append("  java -jar newsnlp.jar --inputs=$HOME/news --output=$HOME/news-tables\n");
    s.append("  java -jar newsnlp.jar --job=pipelines/nightly.properties --runDate=2026-03-01\n");
    s.append("\nExit codes:\n");
    s.append("  0  the run finished (rejected inputs are rows of errors.csv)\n");
    s.append("  1  the run failed; nothing was published, earlier tables are untouched\n");
    s.append("  2  a mistake in the options, found before any work (the message says which)\n");
    s.append("  3  the run finished, inputs were rejected and --failOnRejected=true was given\n");
    s.append("  4  another run into the same folder (or of the same job and date) is running\n");
    s.append("\n--version prints the versions of newsnlp, OpenNLP, Beam and the models.\n");
    return s.toString();
  }

  /** The text of {@code --version}. */
  public static String version() {
    Properties p = versions();
    return String.format(
        Locale.ROOT,
        "newsnlp %s%n"
            + "Apache OpenNLP %s%n"
            + "Apache Beam %s%n"
            + "models: OpenNLP English UD EWT %s (sentence, tokenizer, pos, lemmatizer),"
            + " OpenNLP language detector %s%n"
            + "Java %s (%s)%n",
        p.getProperty("version", "unknown"),
        opennlp.tools.util.Version.currentVersion(),
        org.apache.beam.sdk.util.ReleaseInfo.getReleaseInfo().getVersion(),
        p.getProperty("models.version", "unknown"),
        p.getProperty("langdetect.version", "unknown"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
  }

  /** The build's versions ({@code version.properties}, filled in by Maven). */
  public static Properties versions() {
    Properties p = new Properties();
    try (InputStream in = Help.class.getResourceAsStream("/org/newsnlp/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource leaves the versions "unknown".
    }
    return p;
  }

  /** The group's getters: its named ones first, then any other alphabetically. */
  private static List<Method> getters(Group group) {
    List<Method> getters = new ArrayList<>();
    for (Method m : group.options().getDeclaredMethods()) {
      if ((m.getName().startsWith("get") || m.getName().startsWith("is"))
          && m.getParameterCount() == 0) {
        getters.add(m);
      }
    }
    getters.sort(
        Comparator.comparing(
                (Method m) -> {
                  int i = group.first().indexOf(optionName(m));
                  return i < 0 ? Integer.MAX_VALUE : i;
                })
            .thenComparing(Help::optionName));
    return getters;
  }

  private static String optionName(Method getter) {
    String n = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  private static String valueHint(Method getter) {
    Class<?> type = getter.getReturnType();
    if (type == boolean.class || type == Boolean.class) {
      return "true|false";
    }
    if (type == int.class || type == long.class) {
      return "N";
    }
    return "...";
  }

  private static String defaultOf(Method getter) {
    Default.String s = getter.getAnnotation(Default.String.class);
    if (s != null) {
      return s.value();
    }
    Default.Boolean b = getter.getAnnotation(Default.Boolean.class);
    if (b != null) {
      return Boolean.toString(b.value());
    }
    Default.Integer i = getter.getAnnotation(Default.Integer.class);
    if (i != null) {
      return Integer.toString(i.value());
    }
    Default.Long l = getter.getAnnotation(Default.Long.class);
    if (l != null) {
      return Long.toString(l.value());
    }
    return null;
  }

  /**
   * {@code text} broken into lines of at most {@value #WIDTH} columns, each after {@code indent}.
   */
  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : Arrays.asList(text.split(" "))) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    return out.append(line).append('\n').toString();
  }
}
