package dev.bulletin.serve;

import dev.bulletin.testing.Sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.testing.Folders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server against a real HTTP client on 127.0.0.1, with real file changes. */
class PreviewTest {
  private static final Pattern GENERATION = Pattern.compile("data-generation=\"(\\d+)\"");
  private static final String CASE = "content/cases/2026/armenia-us-building-nato-base.md";
  private static final String CASE_PAGE = "cases/armenia-us-building-nato-base/";
  /** Generous: how many long polls (of up to 25 s each) to wait for an expected rebuild. */
  private static final int MAX_POLLS = 8;

  @TempDir Path project;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Set<Path>> changes = new CopyOnWriteArrayList<>();
  private Bulletin bulletin;
  private Preview preview;

  @BeforeEach
  void start() throws IOException {
    Folders.copy(Sample.CONTENT, project.resolve("content"));
    Folders.copy(Path.of("templates"), project.resolve("templates"));
    bulletin = new Bulletin(project, 2);
    BuildOptions options = BuildOptions.defaults(project);
    preview = Preview.start(options, 0, project,
        served -> new IncrementalRebuilder(bulletin.incremental(served)),
        (snapshot, changed) -> changes.add(changed));
  }

  @AfterEach
  void stop() {
    preview.close();
    bulletin.close();
  }

  @Test
  void answersOnlyLoopbackHostNames() throws Exception {
    URI url = URI.create(preview.url());
    for (String host : List.of("evil.example", "evil.example:" + url.getPort(), "10.0.0.7")) {
      try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
        socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host
            + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String status = new String(socket.getInputStream().readNBytes(12),
            java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("HTTP/1.1 403", status, host);
      }
    }
    assertEquals(200, get("").statusCode()); // Host: 127.0.0.1:PORT
    assertTrue(PreviewServer.localHost("localhost:8080"));
    assertTrue(PreviewServer.localHost("[::1]:8080"));
    assertFalse(PreviewServer.localHost("localhost.evil.example"));
    // Listening on the network, the machine's addresses are answered, never a host name.
    assertTrue(PreviewServer.allowedHost("192.168.1.20:8080", true));
    assertTrue(PreviewServer.allowedHost("[fe80::1]:8080", true));
    assertFalse(PreviewServer.allowedHost("192.168.1.20:8080", false));
    assertFalse(PreviewServer.allowedHost("preview.evil.example:8080", true));
    assertFalse(PreviewServer.allowedHost("192.168.1.20.evil.example", true));
  }

  @Test
  void servesTheSiteAtTheRootWithTheReloadScriptAddedToHtmlOnly() throws Exception {
    HttpResponse<String> index = get("");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("Disinfo Watch Bulletin"));
    assertTrue(index.body().contains("href=\"/assets/style.css\""), "links use the root");
    assertTrue(index.body().contains("<script src=\"/__bulletin/reload.js\""));

    HttpResponse<String> css = get("assets/style.css");
    assertEquals(200, css.statusCode());
    assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
    assertFalse(css.body().contains("__bulletin"));

    assertTrue(get("__bulletin/reload.js").body().contains("location.reload()"));
    assertEquals(301, get(CASE_PAGE.substring(0, CASE_PAGE.length() - 1)).statusCode());
    assertEquals(404, get("no/such/page/").statusCode());
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri(""))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void theBuiltPagesNeverContainTheReloadScript() {
    Snapshot snapshot = new IncrementalRebuilder(
        bulletin.incremental(BuildOptions.defaults(project)))
        .rebuild(Set.of());
    assertTrue(snapshot.ok());
    assertTrue(snapshot.pages().containsKey("index.html"));
    snapshot.pages().forEach((path, page) -> assertFalse(
        new String(page.bytes(), StandardCharsets.UTF_8).contains("__bulletin"), path));
  }

  @Test
  void rebuildsWhenAFileChangesAndTellsOpenPagesToReload() throws Exception {
    long before = generationOf(get(CASE_PAGE));
    edit(CASE, "title: \"The US is building a NATO base in Armenia to strike Russia and Iran\"",
        "title: \"An edited headline, seen live\"");

    HttpResponse<String> page = awaitPage(before, CASE_PAGE,
        response -> response.body().contains("An edited headline, seen live"));
    assertEquals(200, page.statusCode());
    assertTrue(generationOf(page) > before);
    Path changed = project.resolve(CASE).toAbsolutePath().normalize();
    assertTrue(changes.stream().anyMatch(set -> set.contains(changed)),
        "the rebuilder is told which file changed: " + changes);
  }

  @Test
  void rebuildsWhenAProjectTemplateChanges() throws Exception {
    long before = generationOf(get(CASE_PAGE));
    edit("templates/case.ftlh", "</article>", "<p>Edited template</p></article>");
    awaitPage(before, CASE_PAGE, response -> response.body().contains("<p>Edited template</p>"));
  }

  @Test
  void withoutATemplatesFolderServesTheBuiltInThemeAndPicksUpANewOverride() throws Exception {
    preview.close();
    dev.bulletin.validate.ContentFixtures.deleteTree(project.resolve("templates"));
    preview = Preview.start(BuildOptions.defaults(project), 0, project,
        served -> new IncrementalRebuilder(bulletin.incremental(served)),
        (snapshot, changed) -> changes.add(changed));
    HttpResponse<String> page = get(CASE_PAGE);
    assertEquals(200, page.statusCode());
    // A project starts overriding: a templates folder with one edited file appears.
    Path override = project.resolve("templates/case.ftlh");
    Files.createDirectories(override.getParent());
    Files.writeString(override, Files.readString(Path.of("templates/case.ftlh"))
        .replace("</article>", "<p>First override</p></article>"));
    awaitPage(generationOf(page), CASE_PAGE,
        response -> response.body().contains("<p>First override</p>"));
  }

  @Test
  void aContentFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
    // Switching Git branches can do this; edits afterwards used to go unseen.
    Path content = project.resolve("content");
    Path aside = project.resolve("content-aside");
    Files.move(content, aside);
    awaitPage(generationOf(get("")), "", response -> response.statusCode() == 500);
    Files.move(aside, content);
    long back = generationOf(awaitPage(0, "", response -> response.statusCode() == 200));
    edit(CASE, "title: \"The US is building a NATO base in Armenia to strike Russia and Iran\"",
        "title: \"Edited after the folder came back\"");
    awaitPage(back, CASE_PAGE,
        response -> response.body().contains("Edited after the folder came back"));
  }

  @Test
  void aFileSavedDuringTheFirstBuildIsPickedUp() throws Exception {
    preview.close();
    changes.clear();
    Path file = project.resolve(CASE);
    // The first build saves a file while it runs, as an editor may just after starting serve.
    preview = Preview.start(BuildOptions.defaults(project), 0, project,
        served -> {
          Rebuilder real = new IncrementalRebuilder(bulletin.incremental(served));
          boolean[] first = {true};
          return changed -> {
            if (first[0]) {
              first[0] = false;
              try {
                Files.writeString(file, Files.readString(file).replace(
                    "title: \"The US is building a NATO base in Armenia to strike Russia and"
                    + " Iran\"", "title: \"Saved while the first build ran\""));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
            return real.rebuild(changed);
          };
        },
        (snapshot, changed) -> changes.add(changed));
    awaitPage(0, CASE_PAGE, response -> response.body().contains("Saved while the first build"
        + " ran"));
  }

  @Test
  void showsContentErrorsEscapedAndRecoversWhenTheFileIsFixed() throws Exception {
    long before = generationOf(get(""));
    edit(CASE, "keywords: [North Atlantic Alliance, Provocation]",
        "keywords: [\"<script>alert(1)</script>\", Provocation]");

    HttpResponse<String> error = awaitPage(before, "", response -> response.statusCode() == 500);
    assertTrue(error.body().contains(CASE + ":7:12: error: unknown keyword"
        + " `&lt;script&gt;alert(1)&lt;/script&gt;`"), error.body());
    assertFalse(error.body().contains("<script>alert(1)"));
    assertTrue(error.body().contains("/__bulletin/reload.js"), "the error page reloads too");
    assertEquals(500, get(CASE_PAGE).statusCode(), "every page shows the errors");

    edit(CASE, "keywords: [\"<script>alert(1)</script>\", Provocation]",
        "keywords: [North Atlantic Alliance, Provocation]");
    HttpResponse<String> fixed = awaitPage(generationOf(error), CASE_PAGE,
        response -> response.statusCode() == 200);
    assertTrue(fixed.body().contains("NATO base in Armenia"));
  }

  @Test
  void theEventsEndpointAnswersAtOnceWhenTheGenerationIsAlreadyNewer() throws Exception {
    HttpResponse<String> events = get("__bulletin/events?since=0");
    assertEquals(200, events.statusCode());
    assertEquals(generationOf(get("")), Long.parseLong(events.body()));
  }

  /**
   * Long-polls like the reload script until a generation newer than {@code since} is out, then
   * fetches {@code path}; repeats until the page is as expected (a save can take two rebuilds).
   */
  private HttpResponse<String> awaitPage(long since, String path,
      Predicate<HttpResponse<String>> expected) throws Exception {
    long generation = since;
    for (int poll = 0; poll < MAX_POLLS; poll++) {
      long newer = Long.parseLong(get("__bulletin/events?since=" + generation).body());
      if (newer > generation) {
        generation = newer;
        HttpResponse<String> page = get(path);
        if (expected.test(page)) {
          return page;
        }
      }
    }
    return fail("no rebuild brought the expected page; changes seen: " + changes);
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(preview.url() + path);
  }

  private static long generationOf(HttpResponse<String> page) {
    Matcher matcher = GENERATION.matcher(page.body());
    assertTrue(matcher.find(), "the page carries its generation");
    return Long.parseLong(matcher.group(1));
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = project.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(from), "fixture changed: " + from);
    Files.writeString(path, text.replace(from, to));
  }
}
