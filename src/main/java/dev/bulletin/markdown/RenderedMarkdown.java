package dev.bulletin.markdown;

/**
 * Markdown turned into sanitized HTML, with its plain text, the plain text of its first
 * paragraph (a response's first paragraph stands as its summary) and its word count.
 */
public record RenderedMarkdown(String html, String text, String firstParagraph, int words) {}
