package dev.bulletin.assemble;

import dev.bulletin.markdown.LinkRewriter;
import dev.bulletin.markdown.RenderedMarkdown;

/**
 * Turns one Markdown text into safe HTML for the assembler: normally {@code
 * MarkdownRenderer::render}, or a cache in front of it for incremental rebuilds.
 */
@FunctionalInterface
public interface FragmentRenderer {
  /** See {@link dev.bulletin.markdown.MarkdownRenderer#render}. */
  RenderedMarkdown render(String markdown, int topHeading, LinkRewriter links);
}
