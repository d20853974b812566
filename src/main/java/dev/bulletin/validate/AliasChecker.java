package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Case;
import dev.bulletin.model.FreePage;
import dev.bulletin.model.Issue;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that every alias has an address of its own: not the address of a case, issue or page,
 * not one the site uses for its own pages, and not another alias's. Real addresses are claimed
 * first, so the alias is always the one reported: moving a page is never the fix.
 */
final class AliasChecker {
  /** Who holds an address, in words for the message. */
  private final Map<String, String> owners = new HashMap<>();
  private final Path root;

  private AliasChecker(Path root) {
    this.root = root;
  }

  static void check(ValidContent content, Diagnostics diagnostics) {
    new AliasChecker(content.root()).run(content, diagnostics);
  }

  private void run(ValidContent content, Diagnostics diagnostics) {
    for (String reserved : ReferenceChecker.RESERVED_SLUGS) {
      owners.put(FreePage.pathOf(reserved), "used by the site for its own pages");
    }
    content.cases().forEach(c -> claim(Case.pathOf(c.slug()), c.file()));
    content.issues().forEach(i -> claim(Issue.pathOf(Integer.toString(i.number())), i.file()));
    content.pages().forEach(p -> claim(FreePage.pathOf(p.slug()), p.file()));
    aliases(content.cases(), CaseDraft::file, CaseDraft::aliases, Case::pathOf, diagnostics);
    aliases(content.issues(), IssueDraft::file, IssueDraft::aliases, Issue::pathOf,
        diagnostics);
    aliases(content.pages(), PageDraft::file, PageDraft::aliases, FreePage::pathOf,
        diagnostics);
  }

  private void claim(String address, Path file) {
    owners.putIfAbsent(address, "the address of " + shown(file));
  }

  private <T> void aliases(List<T> drafts, Function<T, Path> file,
      Function<T, List<YamlScalar>> aliases, Function<String, String> address,
      Diagnostics diagnostics) {
    for (T draft : drafts) {
      for (YamlScalar alias : aliases.apply(draft)) {
        String name = alias.value().strip();
        String path = address.apply(name);
        String owner = owners.putIfAbsent(path, "the alias `" + name + "` in "
            + shown(file.apply(draft)) + ":" + alias.line());
        if (owner != null) {
          diagnostics.error(file.apply(draft), alias.line(), alias.column(), "the alias `"
              + name + "` would lead from " + path + ", which is already " + owner + "; an"
              + " address can lead to one page only, so remove this alias");
        }
      }
    }
  }

  private String shown(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
