package dev.bulletin.markdown;

/** Markdown turned into sanitized HTML, with its plain text and word count. */
public record RenderedMarkdown(String html, String text, int words) {}
