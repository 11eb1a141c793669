package dev.reactiveai.openai.error;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Why Azure OpenAI's content filter refused a request: the {@code innererror} of its
 * error (code {@code content_filter}), category by category.
 *
 * @param code the inner error's code, such as {@code ResponsibleAIPolicyViolation}
 * @param categories the result of each category the filter reported, by name, such as
 * {@code hate}, {@code self_harm}, {@code sexual}, {@code violence}, {@code jailbreak}
 */
public record ContentFilterResults(@Nullable String code, Map<String, Category> categories) {

	/**
	 * Create the results.
	 * @param code the inner error's code
	 * @param categories the categories by name
	 */
	public ContentFilterResults {
		categories = Map.copyOf(categories);
	}

	/**
	 * The names of the categories that the filter refused, sorted.
	 * @return the names
	 */
	public List<String> filteredCategories() {
		return this.categories.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().filtered())
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/**
	 * The result of one category.
	 * @param name the category's name, such as {@code violence}
	 * @return the result, or {@code null} when the filter did not report it
	 */
	public @Nullable Category category(String name) {
		return this.categories.get(name);
	}

	/**
	 * The result of one category of the content filter.
	 *
	 * @param filtered whether the category made the filter refuse the content
	 * @param severity the severity found ({@code safe}, {@code low}, {@code medium},
	 * {@code high}), for the harm categories
	 * @param detected whether the content was detected, for the detection categories such
	 * as {@code jailbreak} and {@code protected_material_text}
	 */
	public record Category(boolean filtered, @Nullable String severity, @Nullable Boolean detected) {

	}

}
