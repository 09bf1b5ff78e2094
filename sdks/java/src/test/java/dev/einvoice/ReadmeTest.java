package dev.einvoice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The README's Quickstart compiles as a user pastes it, on the Java 11 floor with every lint
 * warning an error: its blocks, in order, become the body of one method (the reader brings the
 * invoice).
 */
class ReadmeTest {
  @Test
  void quickstartCompilesOnJava11WithAllLints() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Quickstart\n");
    int end = readme.indexOf("\n## ", start + 5);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (m.find()) blocks.add(m.group(1));
    assertTrue(blocks.size() >= 2, "the Quickstart has its java blocks");

    Path dir = Files.createTempDirectory("einvoice-readme");
    String source =
        "import dev.einvoice.EinvoiceClient;\n"
            + "import dev.einvoice.core.*;\n"
            + "import dev.einvoice.models.*;\n"
            + "import java.util.List;\n"
            + "import java.util.concurrent.CompletableFuture;\n"
            + "class Quickstart {\n"
            + "  static void run(Invoice invoice) throws Exception {\n"
            + String.join("\n", blocks)
            + "\n  }\n}\n";
    Path file = dir.resolve("Quickstart.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    boolean ok =
        javac
            .getTask(
                out,
                null,
                null,
                List.of(
                    "--release",
                    "11",
                    "-Xlint:all",
                    "-Werror",
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    dir.toString()),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file.toFile()))
            .call();
    assertTrue(ok, "README Quickstart does not compile:\n" + out + "\n" + source);
  }
}
