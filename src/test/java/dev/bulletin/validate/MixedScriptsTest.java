package dev.bulletin.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MixedScriptsTest {
  @Test
  void aCyrillicLetterInsideALatinWordIsFound() {
    assertEquals(Optional.of("Latin and Cyrillic"), MixedScripts.in("Ukr\u0430ine"));
  }

  @Test
  void wordsEachInOneAlphabetAreFine() {
    assertEquals(Optional.empty(), MixedScripts.in("NATO / НАТО"));
    assertEquals(Optional.empty(), MixedScripts.in("Coup d’état in Côte d’Ivoire"));
    assertEquals(Optional.empty(), MixedScripts.in("Україна 2026"));
  }
}
