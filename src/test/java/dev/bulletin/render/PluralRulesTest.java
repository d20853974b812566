package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counted phrases take the plural form the site's language gives the number. */
class PluralRulesTest {
  @Test
  void englishHasOneAndOther() {
    Formats formats = new Formats("en", Map.of("n.one", "{0} case", "n.other", "{0} cases"));
    assertEquals("1 case", formats.count("n", 1));
    assertEquals("0 cases", formats.count("n", 0));
    assertEquals("21 cases", formats.count("n", 21));
  }

  @Test
  void ukrainianHasOneFewAndManyByTheLastDigits() {
    Formats formats = new Formats("uk", Map.of("n.one", "{0} випадок", "n.few", "{0} випадки",
        "n.many", "{0} випадків"));
    assertEquals("1 випадок", formats.count("n", 1));
    assertEquals("21 випадок", formats.count("n", 21));
    assertEquals("11 випадків", formats.count("n", 11));
    assertEquals("3 випадки", formats.count("n", 3));
    assertEquals("104 випадки", formats.count("n", 104));
    assertEquals("12 випадків", formats.count("n", 12));
    assertEquals("5 випадків", formats.count("n", 5));
    assertEquals("0 випадків", formats.count("n", 0));
  }

  @Test
  void polishOneIsOnlyOne() {
    assertEquals("one", PluralRules.category("pl", 1));
    assertEquals("many", PluralRules.category("pl", 21));
    assertEquals("few", PluralRules.category("pl-PL", 22));
  }

  @Test
  void aMissingFormFallsBackToOtherThenToTheKeyItself() {
    Formats formats = new Formats("uk", Map.of("n.other", "{0} things", "old", "Cases: {0}"));
    assertEquals("2 things", formats.count("n", 2));
    assertEquals("Cases: 7", formats.count("old", 7));
  }
}
