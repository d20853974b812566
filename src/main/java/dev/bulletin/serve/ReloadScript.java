package dev.bulletin.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The script that makes open pages reload after a rebuild. It is added to HTML responses of the
 * preview server only, never to the pages themselves, so a built site never contains it.
 */
final class ReloadScript {
  static final String EVENTS_PATH = "/__bulletin/events";
  static final String SCRIPT_PATH = "/__bulletin/reload.js";

  /**
   * Long-polls the events endpoint with the generation the page was served from and reloads
   * when a newer one is published; after a network error (the server restarting) it retries.
   */
  static final String SOURCE = """
      (function () {
        var generation = Number(document.currentScript.dataset.generation);
        function poll() {
          fetch('%s?since=' + generation, {cache: 'no-store'})
            .then(function (response) { return response.text(); })
            .then(function (text) {
              if (Number(text) > generation) { location.reload(); } else { poll(); }
            })
            .catch(function () { setTimeout(poll, 1000); });
        }
        poll();
      })();
      """.formatted(EVENTS_PATH);

  private ReloadScript() {}

  /** The tag that loads the script, for a page served from {@code generation}. */
  static String tag(long generation) {
    return "<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + generation
        + "\"></script>";
  }

  /** Inserts the tag before the last {@code </body>}, or appends it when there is none. */
  static byte[] inject(byte[] html, long generation) {
    String text = new String(html, StandardCharsets.UTF_8);
    int end = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String tag = tag(generation);
    String result = end < 0 ? text + tag : text.substring(0, end) + tag + text.substring(end);
    return result.getBytes(StandardCharsets.UTF_8);
  }
}
