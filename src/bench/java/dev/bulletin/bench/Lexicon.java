package dev.bulletin.bench;

import java.util.List;

/**
 * The fixed word stock of the synthetic corpus: countries, languages, outlets, keyword parts and
 * the words claims and responses are made of. Several entries are deliberately non-ASCII.
 */
final class Lexicon {
  private Lexicon() {}

  static final List<String> COUNTRIES = List.of("Ukraine", "Russia", "Belarus", "Moldova",
      "Georgia", "Armenia", "Azerbaijan", "Poland", "Lithuania", "Latvia", "Estonia", "Finland",
      "Sweden", "Norway", "Denmark", "Germany", "France", "Italy", "Spain", "Portugal",
      "United Kingdom", "Ireland", "Netherlands", "Belgium", "Luxembourg", "Austria",
      "Switzerland", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria", "Serbia",
      "Montenegro", "Bosnia and Herzegovina", "North Macedonia", "Albania", "Kosovo", "Croatia",
      "Slovenia", "Greece", "Cyprus", "Türkiye", "Kazakhstan", "Uzbekistan", "Kyrgyzstan",
      "USA", "Canada", "Mexico", "Brazil", "Venezuela", "Syria", "Iran", "Israel", "Mali",
      "Niger", "Côte d’Ivoire", "Central African Republic", "China", "Japan");

  static final List<String> LANGUAGES = List.of("Russian", "English", "Ukrainian", "German",
      "French", "Spanish", "Italian", "Polish", "Czech", "Slovak", "Hungarian", "Romanian",
      "Bulgarian", "Serbian", "Georgian", "Armenian", "Arabic", "Lithuanian", "Latvian",
      "Estonian", "Finnish", "Swedish", "Portuguese", "Greek", "Norwegian Bokmål");

  static final List<String> TOPICS = List.of("NATO", "Sanctions", "Elections", "Migration",
      "Energy", "Vaccines", "Biolabs", "Grain", "Refugees", "Protests", "Nuclear threats",
      "Terrorism", "Corruption", "History", "Religion", "Media freedom", "Cyber attacks",
      "Climate", "Economy", "Coup d’état");

  static final List<String> ASPECTS = List.of("", "abroad", "in Europe", "in the Baltics",
      "in the Balkans", "in the Caucasus", "in the Sahel", "and the EU", "and Ukraine",
      "and the USA", "and Russophobia", "as provocation", "as conspiracy", "and children",
      "and culture", "and security", "in Central Asia", "and Türkiye", "and the Kremlin",
      "and “values”");

  static final List<String> OUTLETS = List.of("RT", "Sputnik", "RIA Novosti", "TASS",
      "Komsomolskaya Pravda", "Izvestia", "Channel One", "Rossiya 1", "NTV", "Zvezda",
      "News Front", "Tsargrad", "REN TV", "Pravda.ru", "Telegram channel «Рыбарь»",
      "Telegram channel «Военная хроника»", "Sputnik Moldova", "Baltnews", "Ukraina.ru",
      "EADaily", "Journal de l’Europe", "Süddeutsche Echo", "Gazeta Wyborcza Fake");

  static final List<String> HOSTS = List.of("rt.example", "sputnik.example",
      "ria.example", "tass.example", "kp.example", "iz.example", "1tv.example",
      "newsfront.example", "tsargrad.example", "t.me");

  static final List<String> SUBJECTS = List.of("NATO", "the European Union", "Washington",
      "the Pentagon", "Brussels", "Kyiv", "the Baltic states", "Western intelligence",
      "Polish officials", "the IMF", "George Soros", "British special services",
      "the “globalists”", "German arms makers", "Moldova’s government", "Georgian NGOs",
      "Ukrainian nationalists", "the WHO", "French mercenaries", "Zelensky’s office");

  static final List<String> VERBS = List.of("is preparing", "secretly funds", "plans",
      "is hiding", "has ordered", "is behind", "is covering up", "has staged",
      "is organising", "admits", "will soon announce", "has paid for");

  static final List<String> OBJECTS = List.of("a provocation at the border",
      "a chemical attack", "mass deportations", "a coup", "biological experiments",
      "the destruction of churches", "a famine", "a nuclear strike", "riots",
      "the sale of farmland", "rigged elections", "a new front", "a ban on the language",
      "a “colour revolution”", "the poisoning of grain", "child trafficking",
      "organ harvesting", "the partition of the country", "a false-flag attack",
      "an energy blackout");

  static final List<String> WORDS = List.of("the", "claim", "report", "outlet", "officials",
      "government", "army", "evidence", "video", "document", "source", "anonymous", "leak",
      "alleged", "western", "secret", "plan", "border", "minister", "spokesperson", "channel",
      "published", "repeated", "narrative", "no", "proof", "fabricated", "photo", "old",
      "context", "missing", "statement", "interview", "expert", "analysis", "village", "city",
      "region", "troops", "exercise", "base", "weapons", "aid", "money", "refugees", "prices",
      "gas", "winter", "sanctions", "election", "vote", "protest", "police", "court", "law",
      "history", "monument", "church", "school", "children", "hospital", "vaccine", "lab",
      "grain", "ship", "port", "bridge", "drone", "strike", "attack", "journalists", "media",
      "website", "network", "accounts", "bots", "translation", "quote", "distorted",
      "misleading", "unfounded", "debunked", "Kyiv", "Київ", "Chișinău", "Tbilisi", "Gdańsk",
      "Vilnius", "Rīga", "Tallinn", "Zoë", "naïve", "café", "façade", "déjà", "señor",
      "Bürger", "Łódź", "«правда»", "week", "month", "year", "again", "never", "often",
      "across", "several", "languages", "countries", "allegedly", "reportedly", "without",
      "any", "verifiable", "independent", "confirmation", "public", "record", "shows",
      "contrary", "fact", "because", "while", "although", "however", "instead", "also",
      "many", "few", "first", "last", "same", "other", "new", "official", "data", "figures");

  static final List<String> HEADINGS = List.of("What is real", "What is invented",
      "Background", "Context", "The facts", "Where the story comes from", "Why it matters",
      "Контекст", "Die Fakten", "Ce qui est vrai");

  static final List<String> AUTHORS = List.of("east-desk|East Desk",
      "zoe-marchetti|Zoë Marchetti", "oksana-hrytsenko|Оксана Гриценко",
      "lukas-novak|Lukáš Novák", "ingrid-solberg|Ingrid Solberg",
      "malgorzata-wisniewska|Małgorzata Wiśniewska", "ahmet-yilmaz|Ahmet Yılmaz",
      "balkan-desk|Balkan Desk");
}
