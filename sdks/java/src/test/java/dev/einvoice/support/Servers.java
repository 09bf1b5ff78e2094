package dev.einvoice.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts, once per test JVM, the HTTP contract server ({@code packages/contract/src/serve.ts --port
 * 0}) and, when asked, the real reference server in sandbox mode; stops both (and their children)
 * at exit.
 */
public final class Servers {
  /** A credential of the contract server, with its RFC 9421 signing key (secret in base64). */
  public record Credential(
      String clientId, String clientSecret, String signingKeyId, String signingSecret) {}

  /**
   * The contract server's info line: the default credential, and every named credential a scenario
   * can pick with {@code credential} ({@code default}, {@code signatures-required}).
   */
  public record Contract(
      String url,
      String apiKey,
      String gstin,
      String clientId,
      String clientSecret,
      Map<String, Credential> credentials) {}

  public record Reference(String url, String apiKey) {}

  private static final List<Process> PROCS = new ArrayList<>();
  private static Contract contract;
  private static Reference reference;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Servers::stopAll));
  }

  private Servers() {}

  /** The monorepo root (sdks/java/../..). */
  public static Path repoRoot() {
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("pnpm-workspace.yaml"))) p = p.getParent();
    if (p == null)
      throw new IllegalStateException(
          "cannot find the repository root from " + Paths.get("").toAbsolutePath());
    return p;
  }

  static String tsx(Path pkgDir) {
    for (Path p :
        List.of(
            pkgDir.resolve("node_modules/.bin/tsx"), repoRoot().resolve("node_modules/.bin/tsx"))) {
      if (Files.isExecutable(p)) return p.toString();
    }
    return "tsx";
  }

  public static synchronized Contract contract() {
    if (contract != null) return contract;
    Path pkg = repoRoot().resolve("packages/contract");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(tsx(pkg), "src/serve.ts", "--port", "0")
              .directory(pkg.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      Process p = pb.start();
      PROCS.add(p);
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null && !line.startsWith("{")) {
        // skip until the JSON line
      }
      if (line == null)
        throw new IllegalStateException("the contract server did not print its JSON line");
      JsonNode j = Json.mapper().readTree(line);
      drain(r);
      Map<String, Credential> credentials = new HashMap<>();
      j.path("credentials")
          .fields()
          .forEachRemaining(
              e ->
                  credentials.put(
                      e.getKey(),
                      new Credential(
                          e.getValue().path("client_id").asText(),
                          e.getValue().path("client_secret").asText(),
                          e.getValue().path("signing_key").path("key_id").asText(),
                          e.getValue().path("signing_key").path("secret").asText())));
      contract =
          new Contract(
              j.get("url").asText(),
              j.get("api_key").asText(),
              j.get("gstin").asText(),
              j.get("client_id").asText(),
              j.get("client_secret").asText(),
              Map.copyOf(credentials));
      return contract;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the contract server (pnpm install first?)", e);
    }
  }

  /**
   * `cd server && node --import tsx src/main.ts` (sandbox, temp SQLite, free port), as the
   * Go/Python quickstarts do.
   */
  public static synchronized Reference reference() {
    if (reference != null) return reference;
    try {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path data = Files.createTempDirectory("einvoice-java-e2e-");
      ProcessBuilder pb =
          new ProcessBuilder("node", "--import", "tsx", "src/main.ts")
              .directory(repoRoot().resolve("server").toFile())
              .redirectErrorStream(true);
      Map<String, String> env = pb.environment();
      env.put("PORT", Integer.toString(port));
      env.put("HOST", "127.0.0.1");
      env.put("DATA_DIR", data.toString());
      env.put("SQLITE_PATH", data.resolve("einvoice.sqlite").toString());
      env.put("EINVOICE_MODE", "sandbox");
      env.put("SANDBOX_MONTHLY_IRN_QUOTA", "0");
      Process p = pb.start();
      PROCS.add(p);
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      Pattern urlRe = Pattern.compile("https?://[\\w.\\-:]+");
      Pattern keyRe = Pattern.compile("sk_test_[\\w\\-]+");
      String url = null;
      String key = null;
      Instant deadline = Instant.now().plusSeconds(90);
      String line;
      while ((url == null || key == null)
          && Instant.now().isBefore(deadline)
          && (line = r.readLine()) != null) {
        Matcher m = urlRe.matcher(line);
        if (url == null && m.find()) url = m.group();
        m = keyRe.matcher(line);
        if (m.find()) key = m.group();
      }
      drain(r);
      if (url == null || key == null)
        throw new IllegalStateException("the reference server did not print its URL and API key");
      reference = new Reference(url, key);
      return reference;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the reference server", e);
    }
  }

  private static void drain(BufferedReader r) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (r.readLine() != null) {
                  // discard
                }
              } catch (IOException ignored) {
                // process ended
              }
            },
            "server-output");
    t.setDaemon(true);
    t.start();
  }

  static synchronized void stopAll() {
    for (Process p : PROCS) {
      List<ProcessHandle> kids = p.descendants().toList();
      p.destroy();
      kids.forEach(ProcessHandle::destroy);
      try {
        p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      kids.forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    PROCS.clear();
  }
}
