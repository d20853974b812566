package dev.bulletin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The GitHub workflow parses and is wired as the README says; the matcher reads our lines. */
class PublishWorkflowTest {
  private static final Path WORKFLOW = Path.of(".github/workflows/publish.yml");
  private static final Path MATCHER = Path.of(".github/bulletin-problem-matcher.json");

  @SuppressWarnings("unchecked")
  @Test
  void checksPullRequestsAndDeploysMainToPages() throws IOException {
    Map<Object, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(WORKFLOW));
    // YAML 1.1 reads the key `on` as true; GitHub reads it as "on".
    Map<String, Object> on = (Map<String, Object>) workflow.get(Boolean.TRUE);
    assertTrue(on.containsKey("pull_request"));
    assertEquals(List.of("main"), ((Map<String, Object>) on.get("push")).get("branches"));

    Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
    String check = steps(jobs.get("check"));
    assertTrue(check.contains("::add-matcher::.github/bulletin-problem-matcher.json"));
    assertTrue(check.contains("java -jar target/bulletin.jar check --strict"));

    String build = steps(jobs.get("build"));
    assertTrue(build.contains("actions/configure-pages@"));
    assertTrue(build.contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""));
    assertTrue(build.contains("actions/upload-pages-artifact@"));

    Map<String, Object> deploy = jobs.get("deploy");
    assertEquals("build", deploy.get("needs"));
    assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
    assertTrue(steps(deploy).contains("actions/deploy-pages@"));
  }

  @Test
  void theProblemMatcherReadsCommandLineAndMavenLines() throws IOException {
    JsonObject pattern = JsonParser.parseString(Files.readString(MATCHER)).getAsJsonObject()
        .getAsJsonArray("problemMatcher").get(0).getAsJsonObject()
        .getAsJsonArray("pattern").get(0).getAsJsonObject();
    Pattern regexp = Pattern.compile(pattern.get("regexp").getAsString());
    String line = new Diagnostic(Path.of("content/cases/2026/x.md"), 7, 12, Severity.ERROR,
        "unknown keyword `Electons`; did you mean `Elections`?").format(Path.of(""));

    for (String printed : List.of(line, "[ERROR] " + line)) {
      Matcher matcher = regexp.matcher(printed);
      assertTrue(matcher.matches(), printed);
      assertEquals("content/cases/2026/x.md", matcher.group(pattern.get("file").getAsInt()));
      assertEquals("7", matcher.group(pattern.get("line").getAsInt()));
      assertEquals("12", matcher.group(pattern.get("column").getAsInt()));
      assertEquals("error", matcher.group(pattern.get("severity").getAsInt()));
      assertEquals("unknown keyword `Electons`; did you mean `Elections`?",
          matcher.group(pattern.get("message").getAsInt()));
    }
    assertTrue(regexp.matcher("[WARNING] content/issues/1.md:2:9: warning: issue 1 has no"
        + " cases yet").matches());
    assertFalse(regexp.matcher("1 error, 0 warnings").matches());
    assertFalse(regexp.matcher("Nothing was written; fix the problems above and run again.")
        .matches());
  }

  @SuppressWarnings("unchecked")
  private static String steps(Map<String, Object> job) {
    return ((List<Map<String, Object>>) job.get("steps")).stream()
        .map(Object::toString)
        .collect(Collectors.joining("\n"));
  }

  /** Every action pinned to a commit, named with its version; every job bounded in time. */
  @SuppressWarnings("unchecked")
  @Test
  void workflowsPinActionsToCommitsAndBoundEveryJob() throws IOException {
    Pattern pinned = Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40} # v\\d+(\\.\\d+)*");
    for (Path file : List.of(WORKFLOW, Path.of(".github/workflows/release.yml"),
        Path.of("src/main/init/dot-github/workflows/publish.yml"))) {
      String text = Files.readString(file);
      Matcher uses = Pattern.compile("uses: (.*)").matcher(text);
      int count = 0;
      while (uses.find()) {
        count++;
        assertTrue(pinned.matcher(uses.group(1).strip()).matches(), file + ": " + uses.group());
      }
      assertTrue(count > 0, file.toString());
      Map<Object, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(text);
      Map<String, Map<String, Object>> jobs =
          (Map<String, Map<String, Object>>) workflow.get("jobs");
      jobs.forEach((name, job) ->
          assertTrue(job.get("timeout-minutes") instanceof Integer, file + ": job " + name));
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void releasesFromVersionTagsThroughTheReleaseProfile() throws IOException {
    Map<Object, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(Path.of(".github/workflows/release.yml")));
    Map<String, Object> on = (Map<String, Object>) workflow.get(Boolean.TRUE);
    assertEquals(List.of("v*"), ((Map<String, Object>) on.get("push")).get("tags"));
    Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
    assertEquals(List.of("17", "21", "25"), ((Map<String, Map<String, Object>>) jobs.get("test")
        .get("strategy")).get("matrix").get("java"));
    String release = steps(jobs.get("release"));
    assertTrue(release.contains("mvn -B -Prelease deploy"), release);
    assertTrue(release.contains("-Dgpg.skip=false"), release);
    assertTrue(release.contains("gh release create \"$GITHUB_REF_NAME\" target/bulletin.jar"),
        release);
  }
}
