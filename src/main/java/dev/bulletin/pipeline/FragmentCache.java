package dev.bulletin.pipeline;

import dev.bulletin.assemble.FragmentRenderer;
import dev.bulletin.markdown.ImageTarget;
import dev.bulletin.markdown.LinkRewriter;
import dev.bulletin.markdown.MarkdownRenderer;
import dev.bulletin.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers rendered Markdown by its text. Rendering is a pure function of the text and of the
 * answers the link rewriter gives, and the same text always asks the same questions in the same
 * order; so a cached result is reused when the rewriter, asked those questions again, gives the
 * same answers. Asking again also reports broken links exactly as a fresh render would.
 */
final class FragmentCache implements FragmentRenderer {
  private final MarkdownRenderer markdown;
  private volatile Map<Text, Entry> previous = Map.of();
  private final Map<Text, Entry> current = new ConcurrentHashMap<>();

  FragmentCache(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** A text and where on the page it goes, which sets its heading levels. */
  private record Text(String markdown, int topHeading) {}

  /** A link or image destination the renderer asked about; the answer is a String or an
   *  {@link ImageTarget} accordingly. */
  private record Question(boolean image, String destination, int line, int column) {
    Object askedOf(LinkRewriter links) {
      return image ? links.rewriteImage(destination, line, column)
          : links.rewrite(destination, line, column);
    }
  }

  private record Entry(RenderedMarkdown result, List<Question> questions, List<Object> answers) {}

  /** Starts a build: entries not used by it are dropped when the next one starts. */
  void startRound() {
    previous = Map.copyOf(current);
    current.clear();
  }

  @Override
  public RenderedMarkdown render(String source, int topHeading, LinkRewriter links) {
    Text text = new Text(source, topHeading);
    Entry entry = current.get(text);
    if (entry == null) {
      entry = previous.get(text);
    }
    if (entry != null) {
      List<Object> answers = new ArrayList<>(entry.questions().size());
      for (Question question : entry.questions()) {
        answers.add(question.askedOf(links));
      }
      if (answers.equals(entry.answers())) {
        current.putIfAbsent(text, entry);
        return entry.result();
      }
      // Render again with the answers just given, so the rewriter is not asked twice.
      Entry fresh = record(text, replay(entry.questions(), answers));
      current.put(text, fresh);
      return fresh.result();
    }
    Entry fresh = record(text, links);
    current.put(text, fresh);
    return fresh.result();
  }

  private Entry record(Text text, LinkRewriter links) {
    List<Question> questions = new ArrayList<>();
    List<Object> answers = new ArrayList<>();
    LinkRewriter asking = (Answering) question -> {
      Object answer = question.askedOf(links);
      questions.add(question);
      answers.add(answer);
      return answer;
    };
    RenderedMarkdown result = markdown.render(text.markdown(), text.topHeading(), asking);
    return new Entry(result, List.copyOf(questions), List.copyOf(answers));
  }

  private static LinkRewriter replay(List<Question> questions, List<Object> answers) {
    int[] next = {0};
    return (Answering) question -> {
      int at = next[0]++;
      if (at >= questions.size() || !questions.get(at).equals(question)) {
        throw new IllegalStateException("Markdown rendering asked different link questions"
            + " for the same text");
      }
      return answers.get(at);
    };
  }

  /** A rewriter that answers links and images alike, as questions. */
  @FunctionalInterface
  private interface Answering extends LinkRewriter {
    Object answer(Question question);

    @Override
    default String rewrite(String destination, int line, int column) {
      return (String) answer(new Question(false, destination, line, column));
    }

    @Override
    default ImageTarget rewriteImage(String destination, int line, int column) {
      return (ImageTarget) answer(new Question(true, destination, line, column));
    }
  }
}
