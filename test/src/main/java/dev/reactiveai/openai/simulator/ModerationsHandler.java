package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Moderations: a category is flagged when the input holds one of its trigger words, and
 * nothing else is. A word matches itself and its inflections ({@code -s}, {@code -es},
 * {@code -d}, {@code -ed}, {@code -ing}, {@code -er}, {@code -ers}, with a doubled last
 * letter or a dropped final {@code e}); a phrase matches those words in a row. A flagged
 * sub-category flags its parent too ({@code violence/graphic} flags {@code violence}).
 * <table>
 * <caption>Trigger words</caption>
 * <tr>
 * <th>Category</th>
 * <th>Triggers</th>
 * </tr>
 * <tr>
 * <td>hate</td>
 * <td>vermin, subhuman</td>
 * </tr>
 * <tr>
 * <td>hate/threatening</td>
 * <td>exterminate</td>
 * </tr>
 * <tr>
 * <td>harassment</td>
 * <td>idiot, loser, moron</td>
 * </tr>
 * <tr>
 * <td>harassment/threatening</td>
 * <td>threaten, hunt you down</td>
 * </tr>
 * <tr>
 * <td>illicit</td>
 * <td>counterfeit, launder, shoplift</td>
 * </tr>
 * <tr>
 * <td>illicit/violent</td>
 * <td>pipe bomb, make a bomb</td>
 * </tr>
 * <tr>
 * <td>self-harm</td>
 * <td>self harm, hurt myself</td>
 * </tr>
 * <tr>
 * <td>self-harm/intent</td>
 * <td>end my life, want to die</td>
 * </tr>
 * <tr>
 * <td>self-harm/instructions</td>
 * <td>how to hurt myself</td>
 * </tr>
 * <tr>
 * <td>sexual</td>
 * <td>explicit, nude</td>
 * </tr>
 * <tr>
 * <td>sexual/minors</td>
 * <td>underage</td>
 * </tr>
 * <tr>
 * <td>violence</td>
 * <td>kill, murder, stab, shoot, attack</td>
 * </tr>
 * <tr>
 * <td>violence/graphic</td>
 * <td>gore, dismember, mutilate</td>
 * </tr>
 * </table>
 * A flagged category scores between 0.90 and 0.99, any other between 0.000001 and 0.001,
 * the same for the same input. An array of strings gets one result per string; an array
 * of {@code text} and {@code image_url} parts one result for all of them, where an image
 * is judged by the words of its URL (a data URL by none) and only in the categories the
 * API classifies images in.
 */
final class ModerationsHandler implements ResourceHandler {

	private static final Map<String, List<String>> TRIGGERS = triggers();

	private static final Set<String> IMAGE_CATEGORIES = Set.of("self-harm", "self-harm/intent",
			"self-harm/instructions", "sexual", "violence", "violence/graphic");

	private static final List<String> SUFFIXES = List.of("", "s", "es", "d", "ed", "ing", "er", "ers");

	private final Simulation simulation;

	ModerationsHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createModeration", this::create);
	}

	private static Map<String, List<String>> triggers() {
		Map<String, List<String>> triggers = new LinkedHashMap<>();
		triggers.put("hate", List.of("vermin", "subhuman"));
		triggers.put("hate/threatening", List.of("exterminate"));
		triggers.put("harassment", List.of("idiot", "loser", "moron"));
		triggers.put("harassment/threatening", List.of("threaten", "hunt you down"));
		triggers.put("illicit", List.of("counterfeit", "launder", "shoplift"));
		triggers.put("illicit/violent", List.of("pipe bomb", "make a bomb"));
		triggers.put("self-harm", List.of("self harm", "hurt myself"));
		triggers.put("self-harm/intent", List.of("end my life", "want to die"));
		triggers.put("self-harm/instructions", List.of("how to hurt myself"));
		triggers.put("sexual", List.of("explicit", "nude"));
		triggers.put("sexual/minors", List.of("underage"));
		triggers.put("violence", List.of("kill", "murder", "stab", "shoot", "attack"));
		triggers.put("violence/graphic", List.of("gore", "dismember", "mutilate"));
		return triggers;
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		String model = request.path("model").asString("omni-moderation-latest");
		JsonNode input = request.path("input");
		List<Map<String, @Nullable Object>> results = new ArrayList<>();
		if (input.isString()) {
			results.add(result(List.of(input.asString()), List.of()));
		}
		else if (input.isArray() && !input.isEmpty() && input.get(0).isString()) {
			for (JsonNode text : input) {
				results.add(result(List.of(text.asString("")), List.of()));
			}
		}
		else if (input.isArray() && !input.isEmpty()) {
			List<String> texts = new ArrayList<>();
			List<String> images = new ArrayList<>();
			for (int i = 0; i < input.size(); i++) {
				JsonNode part = input.get(i);
				String type = part.path("type").asString("");
				if (type.equals("text") && part.path("text").isString()) {
					texts.add(part.path("text").asString());
				}
				else if (type.equals("image_url") && part.path("image_url").path("url").isString()) {
					images.add(part.path("image_url").path("url").asString());
				}
				else {
					return SimulatorResponse.invalidRequest("Invalid value for 'input[" + i
							+ "]': expected a 'text' part with 'text' or an 'image_url' part with 'image_url.url'.",
							"input[" + i + "]");
				}
			}
			if (!images.isEmpty() && model.startsWith("text-moderation")) {
				return SimulatorResponse.invalidRequest("The model '" + model + "' does not support image inputs.",
						"model");
			}
			results.add(result(texts, images));
		}
		else if (input.isMissingNode() || input.isNull()) {
			return SimulatorResponse.error(400, "invalid_request_error", "Missing required parameter: 'input'.",
					"input", "missing_required_parameter");
		}
		else {
			return SimulatorResponse.invalidRequest(
					"Invalid 'input': expected a string, an array of strings or an array of parts.", "input");
		}
		return SimulatorResponse
			.ok(JsonObjects.object("id", this.simulation.ids().next("modr-"), "model", model, "results", results));
	}

	private static Map<String, @Nullable Object> result(List<String> texts, List<String> images) {
		List<String> textWords = new ArrayList<>();
		texts.forEach((text) -> textWords.addAll(words(text)));
		List<String> imageWords = new ArrayList<>();
		images.stream().filter((url) -> !url.startsWith("data:")).forEach((url) -> imageWords.addAll(words(url)));
		Map<String, Boolean> categories = new LinkedHashMap<>();
		TRIGGERS.keySet().forEach((category) -> categories.put(category, false));
		TRIGGERS.forEach((category, triggers) -> {
			boolean flagged = triggers.stream()
				.anyMatch((trigger) -> contains(textWords, trigger)
						|| (IMAGE_CATEGORIES.contains(category) && contains(imageWords, trigger)));
			if (flagged) {
				categories.put(category, true);
				int slash = category.indexOf('/');
				if (slash > 0) {
					categories.put(category.substring(0, slash), true);
				}
			}
		});
		String seed = String.join("\n", texts) + "\n" + String.join("\n", images);
		Map<String, Double> scores = new LinkedHashMap<>();
		Map<String, List<String>> appliedTypes = new LinkedHashMap<>();
		categories.forEach((category, flagged) -> {
			int hash = Math.floorMod((seed + "\u0000" + category).hashCode(), 1000);
			scores.put(category, flagged ? 0.90 + hash / 11_100.0 : (hash + 1) / 1_000_000.0);
			List<String> types = new ArrayList<>();
			if (!texts.isEmpty()) {
				types.add("text");
			}
			if (!images.isEmpty() && IMAGE_CATEGORIES.contains(category)) {
				types.add("image");
			}
			appliedTypes.put(category, types);
		});
		return JsonObjects.object("flagged", categories.containsValue(true), "categories", categories,
				"category_scores", scores, "category_applied_input_types", appliedTypes);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private static boolean contains(List<String> words, String trigger) {
		String[] phrase = trigger.split(" ");
		for (int start = 0; start + phrase.length <= words.size(); start++) {
			boolean matches = true;
			for (int i = 0; i < phrase.length && matches; i++) {
				matches = inflects(words.get(start + i), phrase[i]);
			}
			if (matches) {
				return true;
			}
		}
		return false;
	}

	private static boolean inflects(String word, String stem) {
		for (String suffix : SUFFIXES) {
			if (word.equals(stem + suffix)
					|| (!suffix.isEmpty() && word.equals(stem + stem.charAt(stem.length() - 1) + suffix))
					|| (stem.endsWith("e") && !suffix.isEmpty()
							&& word.equals(stem.substring(0, stem.length() - 1) + suffix))) {
				return true;
			}
		}
		return false;
	}

}
