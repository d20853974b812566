package dev.bulletin.render;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Set;

/**
 * The {@code data} variable (the whole site) as one page's template sees it, noting which parts
 * the template reads, so that {@link PageMemo} reuses only pages that depend on nothing but
 * their own values and the site-wide parts it compares.
 */
final class TrackedData implements TemplateHashModel {
  /** Parts of the site that {@link PageMemo} compares as site-wide. */
  static final Set<String> SITE_WIDE = Set.of("config", "pages");

  private final TemplateHashModel site;
  private boolean readOtherParts;

  TrackedData(TemplateHashModel site) {
    this.site = site;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    if (!SITE_WIDE.contains(key)) {
      readOtherParts = true;
    }
    return site.get(key);
  }

  @Override
  public boolean isEmpty() throws TemplateModelException {
    return site.isEmpty();
  }

  /** Whether the page may be reused: it read no part of the site beyond the site-wide ones. */
  boolean onlySiteWideRead() {
    return !readOtherParts;
  }
}
