package dev.bulletin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The outlets a corpus's sources name, with the long tail of a real database (EUvsDisinfo: about
 * 2,750 outlets for 20,000 cases, half of them with one case). Simon's model makes that shape:
 * each mention is a new outlet with a small probability, and otherwise repeats an earlier
 * mention, so an outlet is named again in proportion to how often it already was. The first
 * outlets are the big state media of {@link Lexicon#OUTLETS}; the rest are invented websites and
 * channels. The same seed gives the same outlets in the same order.
 */
final class OutletTail {
  /**
   * The chance that a mention is a new outlet. Cases name two outlets on average, so this
   * gives about 2,750 outlets at 20,000 cases, and in Simon's model a share of 1 / (2 - p),
   * about half, of outlets named once.
   */
  static final double NEW_OUTLET = 0.069;

  private static final List<String> KINDS = List.of("Website", "Telegram channel",
      "VK group", "YouTube channel", "Facebook page", "Portal");
  private static final List<String> FIRST = List.of("Baltic", "Free", "True", "Eurasian",
      "Slavic", "People’s", "Independent", "Alternative", "New", "Southern", "Northern",
      "Eastern", "Patriotic", "Open", "Real", "Sovereign", "Balkan", "Danube", "Caucasus",
      "Hidden", "Pravda", "Honest", "Awake", "Frontline", "Red", "Silent", "Steppe",
      "Nordic", "Latin", "African", "Правдивый", "Свободный", "Neue", "Libre", "Wolna");
  private static final List<String> SECOND = List.of("Herald", "Voice", "Review", "Truth",
      "Courier", "Observer", "Front", "Chronicle", "Bulletin", "Insider", "Mirror", "Echo",
      "Digest", "Tribune", "Journal", "Signal", "Watch", "Report", "Wire", "Post", "вестник",
      "взгляд", "Stimme", "Nouvelles", "Głos", "Express", "Times", "Hour", "Line", "Lens");

  private final SplittableRandom random;
  private final List<String> mentions = new ArrayList<>();
  private int outlets;

  OutletTail(long seed) {
    this.random = new SplittableRandom(seed ^ 0x6F75746CL);
  }

  /** The outlet of the next source mention. */
  String next() {
    String outlet = mentions.isEmpty() || random.nextDouble() < NEW_OUTLET
        ? name(outlets++) : mentions.get(random.nextInt(mentions.size()));
    mentions.add(outlet);
    return outlet;
  }

  /** How many sources the next case lists: one to three, two on average. */
  int sourceCount() {
    return 1 + random.nextInt(3);
  }

  /** The {@code n}-th outlet's name: distinct for every n, also once made into a slug. */
  static String name(int n) {
    if (n < Lexicon.OUTLETS.size()) {
      return Lexicon.OUTLETS.get(n);
    }
    int k = n - Lexicon.OUTLETS.size();
    String kind = KINDS.get(k % KINDS.size());
    int pair = k / KINDS.size();
    String words = FIRST.get(pair % FIRST.size()) + " " + SECOND.get(pair / FIRST.size()
        % SECOND.size());
    int round = pair / (FIRST.size() * SECOND.size());
    return kind + " “" + words + (round == 0 ? "" : " " + (round + 1)) + "”";
  }
}
