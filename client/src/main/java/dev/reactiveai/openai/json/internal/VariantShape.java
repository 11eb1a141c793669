package dev.reactiveai.openai.json.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the API description says of one object variant of a union, as the generator writes
 * it down: the properties it declares, those it requires, and the values that some of
 * them may have ({@code "type": "message"}, {@code "role"} one of {@code user},
 * {@code assistant}). A {@link UnionDeserializer} tells the variants apart with it.
 */
public final class VariantShape {

	private final Set<String> declared;

	private Set<String> required = Set.of();

	private final Map<String, Set<String>> values = new LinkedHashMap<>();

	private VariantShape(Set<String> declared) {
		this.declared = declared;
	}

	/**
	 * A variant that declares these properties.
	 * @param properties the JSON names of the variant's properties
	 * @return the shape
	 */
	public static VariantShape declaring(String... properties) {
		return new VariantShape(Set.copyOf(Arrays.asList(properties)));
	}

	/**
	 * The properties that the variant requires.
	 * @param properties their JSON names, each one declared
	 * @return this shape
	 */
	public VariantShape requiring(String... properties) {
		this.required = Set.copyOf(Arrays.asList(properties));
		return this;
	}

	/**
	 * The values that a property may have in this variant: a constant, or the values of
	 * an enum.
	 * @param property the property's JSON name
	 * @param values its possible values
	 * @return this shape
	 */
	public VariantShape values(String property, String... values) {
		this.values.put(property, Set.copyOf(Arrays.asList(values)));
		return this;
	}

	/** The properties whose values this shape lists, in the order they were given. */
	Set<String> constrainedProperties() {
		return this.values.keySet();
	}

	/** The values that the property may have, or null when any value will do. */
	@Nullable Set<String> values(String property) {
		return this.values.get(property);
	}

	boolean requires(String property) {
		return this.required.contains(property);
	}

	/** Whether the JSON has every property that the variant requires. */
	boolean hasRequired(JsonNode json) {
		for (String property : this.required) {
			if (!json.has(property)) {
				return false;
			}
		}
		return true;
	}

	/** How many of these properties the variant does not declare. */
	int undeclared(Collection<String> properties) {
		int count = 0;
		for (String property : properties) {
			if (!this.declared.contains(property)) {
				count++;
			}
		}
		return count;
	}

}
