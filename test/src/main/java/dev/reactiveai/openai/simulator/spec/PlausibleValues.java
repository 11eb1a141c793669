package dev.reactiveai.openai.simulator.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * Values a reader would expect of a property with a given name: a short title for
 * {@code title}, a city for {@code city}, an age between 18 and 80 for {@code age}. The
 * name is read as words ({@code first_name}, {@code firstName} and {@code FirstName} are
 * the words "first" and "name"); the choice among candidates is the caller's random
 * source, so a seeded source gives the same values again.
 */
final class PlausibleValues {

	private static final List<String> TITLES = List.of("A Quiet Morning in Lisbon", "Notes on Reactive Streams",
			"The Last Train Home", "Gardens of the North", "A Short History of Maps", "Learning to Sail",
			"The Lighthouse Keeper", "Winter Recipes");

	private static final List<String> SENTENCES = List.of("A clear and simple answer to the question.",
			"The plan covers the next three weeks and leaves room for changes.",
			"Most readers found the second chapter the most useful.",
			"The results were consistent across every run of the test.",
			"It is a small town by the sea, known for its markets.",
			"The team agreed to review the design again on Friday.");

	private static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret",
			"Tim", "Barbara");

	private static final List<String> LAST_NAMES = List.of("Lovelace", "Hopper", "Turing", "Johnson", "Torvalds",
			"Hamilton", "Berners-Lee", "Liskov");

	private static final Map<String, List<String>> BY_WORD = Map.ofEntries(
			Map.entry("city", List.of("Lisbon", "Paris", "Oslo", "Kyoto", "Toronto", "Nairobi")),
			Map.entry("country", List.of("Portugal", "France", "Norway", "Japan", "Canada", "Kenya")),
			Map.entry("address", List.of("221B Baker Street, London", "12 Rue de Rivoli, Paris", "5 Main Street")),
			Map.entry("street", List.of("Baker Street", "Rue de Rivoli", "Main Street")),
			Map.entry("company", List.of("Acme Corporation", "Globex", "Initech", "Umbrella Labs")),
			Map.entry("organization", List.of("Acme Corporation", "Globex", "Initech", "Umbrella Labs")),
			Map.entry("color", List.of("blue", "green", "red", "yellow", "purple")),
			Map.entry("colour", List.of("blue", "green", "red", "yellow", "purple")),
			Map.entry("language", List.of("English", "French", "Portuguese", "Japanese")),
			Map.entry("currency", List.of("EUR", "USD", "JPY", "GBP")), Map.entry("unit", List.of("kg", "m", "s", "l")),
			Map.entry("sentiment", List.of("positive", "neutral", "negative")),
			Map.entry("status", List.of("active", "pending", "done")),
			Map.entry("category", List.of("travel", "science", "cooking", "history", "music")),
			Map.entry("genre", List.of("mystery", "science fiction", "biography", "poetry")),
			Map.entry("tag", List.of("travel", "science", "cooking", "history", "music")),
			Map.entry("keyword", List.of("streams", "backpressure", "latency", "retries")),
			Map.entry("topic", List.of("travel", "science", "cooking", "history", "music")),
			Map.entry("ingredient", List.of("flour", "butter", "eggs", "sugar", "salt", "milk")),
			Map.entry("word", List.of("harbor", "lantern", "meadow", "compass", "orchard")),
			Map.entry("question",
					List.of("What time does the museum open?", "How long is the walk to the harbor?",
							"Which chapter covers retries?")),
			Map.entry("step",
					List.of("Preheat the oven to 180 degrees.", "Mix the dry ingredients.",
							"Bake for twenty minutes.")),
			Map.entry("code", List.of("AB-1024", "XK-2048", "QT-4096")),
			Map.entry("phone", List.of("+1 415 555 0123", "+44 20 7946 0958")),
			Map.entry("email", List.of("ada.lovelace@example.com", "grace.hopper@example.com")),
			Map.entry("url", List.of("https://example.com/articles/1", "https://example.com/docs/start")),
			Map.entry("zip", List.of("94107", "75001", "0150")), Map.entry("postal", List.of("94107", "75001", "0150")),
			Map.entry("product", List.of("Trail Backpack", "Ceramic Mug", "Desk Lamp", "Rain Jacket")),
			Map.entry("filename", List.of("notes.txt", "report.pdf", "summary.md")),
			Map.entry("file", List.of("notes.txt", "report.pdf", "summary.md")));

	private static final List<String> TEXT_WORDS = List.of("description", "summary", "text", "content", "body",
			"message", "answer", "explanation", "reason", "reasoning", "details", "comment", "note", "notes", "bio",
			"review", "response", "feedback", "caption", "instructions", "abstract", "excerpt", "quote");

	private static final List<String> TITLE_WORDS = List.of("title", "headline", "subject", "heading");

	private static final List<String> PERSON_WORDS = List.of("author", "person", "customer", "owner", "user",
			"username", "speaker", "contact", "employee", "assignee", "recipient", "sender");

	private static final List<String> GENERIC = List.of("alpha", "harbor light", "north wind", "blue lantern",
			"quiet meadow", "silver key");

	private PlausibleValues() {
	}

	/**
	 * A string for a property.
	 * @param name the property's name, or {@code null} when it has none (an array item)
	 * @param random the source of choices
	 * @return the string
	 */
	static String string(@Nullable String name, Random random) {
		List<String> words = words(name);
		String last = words.isEmpty() ? "" : words.get(words.size() - 1);
		if (words.contains("email")) {
			return pick(BY_WORD.get("email"), random);
		}
		if (words.contains("url") || words.contains("uri") || words.contains("link") || words.contains("website")) {
			return pick(BY_WORD.get("url"), random);
		}
		if ("id".equals(last) || words.contains("uuid")) {
			return String.format("id_%06x", random.nextInt(0x1000000));
		}
		if (words.contains("date") || words.contains("birthday") || words.contains("day")) {
			return date(random);
		}
		if ("at".equals(last) || words.contains("time") || words.contains("timestamp")) {
			return date(random) + "T" + String.format("%02d:%02d:00Z", 8 + random.nextInt(10), random.nextInt(60));
		}
		if (words.contains("first") || words.contains("given")) {
			return pick(FIRST_NAMES, random);
		}
		if (words.contains("last") || words.contains("surname") || words.contains("family")) {
			return pick(LAST_NAMES, random);
		}
		List<String> lastFirst = new ArrayList<>(words);
		Collections.reverse(lastFirst);
		for (String word : lastFirst) {
			List<String> candidates = BY_WORD.get(singular(word));
			if (candidates != null) {
				return pick(candidates, random);
			}
		}
		for (String word : lastFirst) {
			if (TITLE_WORDS.contains(word)) {
				return pick(TITLES, random);
			}
			if (TEXT_WORDS.contains(word)) {
				return pick(SENTENCES, random);
			}
			if (PERSON_WORDS.contains(word) || "name".equals(word)) {
				return pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random);
			}
		}
		return pick(GENERIC, random);
	}

	/**
	 * A number for a property, before the schema's bounds apply.
	 * @param name the property's name, if any
	 * @param integer whether it must be whole
	 * @param random the source of choices
	 * @return the number
	 */
	static double number(@Nullable String name, boolean integer, Random random) {
		List<String> words = words(name);
		double value;
		if (words.contains("age")) {
			value = 18 + random.nextInt(63);
		}
		else if (words.contains("year")) {
			value = 1990 + random.nextInt(36);
		}
		else if (words.contains("latitude") || words.contains("lat")) {
			value = random.nextInt(18_000) / 100.0 - 90;
		}
		else if (words.contains("longitude") || words.contains("lon") || words.contains("lng")) {
			value = random.nextInt(36_000) / 100.0 - 180;
		}
		else if (words.contains("rating") || words.contains("stars")) {
			value = 1 + random.nextInt(5);
		}
		else if (words.contains("score") || words.contains("confidence") || words.contains("probability")) {
			value = integer ? random.nextInt(101) : random.nextInt(101) / 100.0;
		}
		else if (words.contains("calories")) {
			value = 50 + random.nextInt(850);
		}
		else if (words.contains("minutes") || words.contains("duration")) {
			value = 5 + random.nextInt(115);
		}
		else if (words.contains("percent") || words.contains("percentage")) {
			value = random.nextInt(101);
		}
		else if (words.contains("price") || words.contains("cost") || words.contains("amount")
				|| words.contains("total")) {
			value = 5 + random.nextInt(49_500) / 100.0;
		}
		else {
			value = 1 + random.nextInt(10);
		}
		return integer ? Math.rint(value) : value;
	}

	/**
	 * The name a property's value is read by: the property's name after the last word of
	 * its object's name, so that the {@code name} of an {@code ingredient} reads as an
	 * ingredient and the {@code name} of an {@code author} as a person.
	 * @param objectName the object's name, if any
	 * @param property the property's name
	 * @return the name
	 */
	static String qualified(@Nullable String objectName, String property) {
		List<String> words = words(objectName);
		return words.isEmpty() ? property : singular(words.get(words.size() - 1)) + "_" + property;
	}

	/**
	 * The name of an array's items: the singular of the array's name ({@code tags} gives
	 * {@code tag}).
	 * @param name the array's name, if any
	 * @return the items' name, or {@code null}
	 */
	static @Nullable String itemName(@Nullable String name) {
		return (name != null) ? singular(name) : null;
	}

	private static String date(Random random) {
		return String.format("2024-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
	}

	private static String singular(String word) {
		if (word.endsWith("ies") && word.length() > 3) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("sses") || word.endsWith("xes")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 1) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	/**
	 * The words of a name, lower case: {@code firstName} and {@code first_name} alike.
	 */
	private static List<String> words(@Nullable String name) {
		List<String> words = new ArrayList<>();
		if (name == null) {
			return words;
		}
		for (String word : name.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	private static String pick(List<String> candidates, Random random) {
		return candidates.get(random.nextInt(candidates.size()));
	}

}
