package dev.bulletin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void slashesBecomeHyphensNotFolders() {
    assertEquals("nazi-fascist", Slugs.of("Nazi/Fascist"));
  }

  @Test
  void cyrillicIsTransliterated() {
    assertEquals("biolaboratorii", Slugs.of("Біолабораторії"));
    assertEquals("komsomolskaia-pravda", Slugs.of("Комсомольская правда"));
  }

  @Test
  void accentsAndCurlyQuotesAreDropped() {
    assertEquals("coup-d-etat", Slugs.of("Coup d’état"));
    assertEquals("chisinau", Slugs.of("Chișinău"));
    assertEquals("gdansk", Slugs.of("Gdańsk"));
  }

  @Test
  void nothingUsableGivesEmpty() {
    assertEquals("", Slugs.of("???"));
  }

  @Test
  void safeSlugsRejectTraversalAndUpperCase() {
    assertTrue(Slugs.isSafe("war-in-ukraine"));
    assertFalse(Slugs.isSafe("../etc"));
    assertFalse(Slugs.isSafe("a/b"));
    assertFalse(Slugs.isSafe("NATO"));
    assertFalse(Slugs.isSafe("a--b"));
    assertFalse(Slugs.isSafe(""));
  }
}
