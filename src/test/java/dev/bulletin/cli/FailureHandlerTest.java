package dev.bulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class FailureHandlerTest {
  @Test
  void anInputOutputFailureSaysWhereAndWhy() {
    RuntimeException failure = new UncheckedIOException("cannot write cases/x/index.html",
        new AccessDeniedException("/srv/www/.site.staging-1/cases/x/index.html"));
    assertEquals("java.io.UncheckedIOException: cannot write cases/x/index.html:"
        + " AccessDeniedException /srv/www/.site.staging-1/cases/x/index.html",
        FailureHandler.describe(failure));
  }
}
