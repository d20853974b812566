package dev.bulletin.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "In the future" is decided by the clock the facade is given, so these runs are the same on
 * any day. A date is in the future only once no time zone has reached it yet: an editor in
 * Kiribati (UTC+14) writing today's date passes a build server on UTC.
 */
class UpdateDatesTest {
  @TempDir Path temp;

  private List<String> check(String updateDate, String now) throws IOException {
    Path content = ContentFixtures.invalidContent("_none", temp);
    Path file = content.resolve("cases/2026/nato-base.md");
    Files.writeString(file, Files.readString(file).replace("claim:", "updates:\n  - date: "
        + updateDate + "\n    note: The outlet deleted the article.\nclaim:"));
    Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    try (Bulletin bulletin = new Bulletin(temp, 1, clock)) {
      Report report = bulletin.check(new BuildOptions(content, temp.resolve("templates"),
          temp.resolve("site"), Optional.empty(), false, false));
      return report.diagnostics().stream()
          .map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
    }
  }

  @Test
  void anUpdateDatedTomorrowEverywhereIsAnError() throws IOException {
    // 05:00 UTC on 4 December is 19:00 in UTC+14: 5 December has begun nowhere yet.
    assertEquals(List.of("13:11 the update is dated 2026-12-05, which is in the future; give"
        + " the date the update is published"), check("2026-12-05", "2026-12-04T05:00:00Z"));
  }

  @Test
  void anUpdateDatedWhereTheDayHasBegunPasses() throws IOException {
    // 12:00 UTC on 4 December is already 5 December in UTC+14.
    assertEquals(List.of(), check("2026-12-05", "2026-12-04T12:00:00Z"));
    assertEquals(List.of(), check("2026-12-04", "2026-12-04T00:00:00Z"));
  }

  @Test
  void theIssueDateItselfIsAllowedAndTheDayBeforeIsNot() throws IOException {
    assertEquals(List.of(), check("2026-01-08", "2026-12-04T00:00:00Z"));
    assertEquals(List.of("13:11 the update is dated 2026-01-07, before issue 1 published the"
        + " case on 2026-01-08; an update comes after publication, so check the date"),
        check("2026-01-07", "2026-12-04T00:00:00Z"));
  }
}
