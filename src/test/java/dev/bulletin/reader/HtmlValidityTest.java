package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every HTML page of the built sample site passes the W3C Nu Html Checker with no error. */
class HtmlValidityTest {

  @Test
  void everyPageOfTheSampleSiteIsValidHtml() throws Exception {
    Path site = SampleSite.output();
    List<String> pages = SampleSite.files(site, ".html");
    assertTrue(pages.size() > 50, "expected the whole sample site, found " + pages.size());
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    List<String> errors = new ArrayList<>();
    for (String page : pages) {
      errors.addAll(errors(validator, site.resolve(page), page));
    }
    assertEquals(List.of(), errors, "Nu Html Checker errors");
  }

  @Test
  void theCheckerReportsErrorsInABrokenPage(@TempDir Path folder) throws Exception {
    Path page = folder.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
        + "<body><p><div>block in paragraph</p><img src=x.png></body></html>");
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    assertFalse(errors(validator, page, "broken.html").isEmpty(),
        "a broken page must fail, or the site test proves nothing");
  }

  private static List<String> errors(EmbeddedValidator validator, Path file, String page)
      throws Exception {
    List<String> errors = new ArrayList<>();
    String json = validator.validate(file);
    for (JsonElement element : JsonParser.parseString(json).getAsJsonObject()
        .getAsJsonArray("messages")) {
      JsonObject message = element.getAsJsonObject();
      String type = message.get("type").getAsString();
      if (type.equals("error") || type.equals("non-document-error")) {
        errors.add(page + ":" + (message.has("lastLine") ? message.get("lastLine") : "?")
            + ": " + message.get("message").getAsString());
      }
    }
    return errors;
  }
}
