package dev.reactiveai.openai.conformance;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compares JSON before and after a trip through the generated models, and looks into a
 * deserialized value for what the models did not recognize.
 */
final class JsonRoundTrip {

	private static final String MODEL_PACKAGE = "dev.reactiveai.openai.types.";

	private static final int MAX_SHOWN = 80;

	private static final Map<Class<?>, Map<String, String>> literalsByType = new ConcurrentHashMap<>();

	private JsonRoundTrip() {
	}

	/**
	 * Every way in which {@code written} fails to keep a field of {@code original}: each
	 * field of the original must be in the written JSON with an equal value, recursively.
	 * An explicit {@code null} in the original equals an absent field (the client does
	 * not write nulls); numbers are compared by value ({@code 1} equals {@code 1.0}).
	 * Fields that only the written JSON has are allowed.
	 * @param original the JSON as it came
	 * @param written the JSON the deserialized value serializes to
	 * @return the differences, empty if none
	 */
	static List<String> differences(JsonNode original, JsonNode written) {
		List<String> differences = new ArrayList<>();
		compare(original, written, "$", differences);
		return differences;
	}

	private static void compare(JsonNode original, @Nullable JsonNode written, String path, List<String> differences) {
		boolean writtenAbsent = written == null || written.isMissingNode() || written.isNull();
		if (original.isNull()) {
			if (!writtenAbsent) {
				differences.add(path + ": was null, written as " + shown(written));
			}
			return;
		}
		if (writtenAbsent) {
			differences.add(path + ": lost (was " + shown(original) + ")");
			return;
		}
		if (original.isObject()) {
			if (!written.isObject()) {
				differences.add(path + ": was an object, written as " + shown(written));
				return;
			}
			for (Map.Entry<String, JsonNode> property : original.properties()) {
				compare(property.getValue(), written.get(property.getKey()), path + "." + property.getKey(),
						differences);
			}
		}
		else if (original.isArray()) {
			if (!written.isArray() || written.size() != original.size()) {
				differences.add(path + ": was " + shown(original) + ", written as " + shown(written));
				return;
			}
			for (int i = 0; i < original.size(); i++) {
				compare(original.get(i), written.get(i), path + "[" + i + "]", differences);
			}
		}
		else if (original.isNumber()) {
			if (!written.isNumber() || original.decimalValue().compareTo(written.decimalValue()) != 0) {
				differences.add(path + ": was " + shown(original) + ", written as " + shown(written));
			}
		}
		else if (!original.equals(written)) {
			differences.add(path + ": was " + shown(original) + ", written as " + shown(written));
		}
	}

	private static String shown(JsonNode json) {
		String text = json.toString();
		return (text.length() > MAX_SHOWN) ? text.substring(0, MAX_SHOWN) + "..." : text;
	}

	/**
	 * Look through a deserialized value (records' components, lists, maps) for union
	 * values that fit no known variant, properties kept in {@code additionalProperties},
	 * and variants whose literal property (such as {@code "event": "error"}) holds
	 * another value, the sign of a union read into the wrong variant.
	 * @param value the value
	 * @param path where the value is, for the findings
	 * @return the findings
	 */
	static Findings inspect(@Nullable Object value, String path) {
		Findings findings = new Findings();
		inspect(value, path, findings);
		return findings;
	}

	private static void inspect(@Nullable Object value, String path, Findings findings) {
		if (value instanceof Collection<?> collection) {
			int index = 0;
			for (Object element : collection) {
				inspect(element, path + "[" + index++ + "]", findings);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, element) -> inspect(element, path + "." + key, findings));
		}
		else if (value != null && value.getClass().isRecord()) {
			inspectRecord((Record) value, path, findings);
		}
	}

	private static void inspectRecord(Record value, String path, Findings findings) {
		Class<?> type = value.getClass();
		Class<?> union = type.getEnclosingClass();
		if (type.getSimpleName().equals("Unknown") && union != null && union.isSealed()) {
			findings.unknownVariants.add(name(union) + " at " + path);
			return;
		}
		Map<String, String> literals = literals(type);
		for (RecordComponent component : type.getRecordComponents()) {
			Object componentValue = read(component, value);
			String jsonName = jsonName(component);
			if (component.getName().equals("additionalProperties") && componentValue instanceof Map<?, ?> map) {
				map.keySet()
					.forEach((key) -> findings.additionalProperties.add(name(type) + "." + key + " at " + path));
				continue;
			}
			String literal = literals.get(component.getName());
			// An absent literal is null and stays absent when written back
			if (literal != null && componentValue != null && !literal.equals(componentValue)) {
				findings.literalMismatches.add(name(type) + "." + jsonName + " is '" + componentValue
						+ "' but the variant's literal is '" + literal + "' at " + path);
			}
			inspect(componentValue, path + "." + jsonName, findings);
		}
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
		return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
	}

	private static @Nullable Object read(RecordComponent component, Record value) {
		try {
			return component.getAccessor().invoke(value);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

	/**
	 * The literal (single-valued) string properties of a record, as its builder fills
	 * them in for a value built from scratch (a value read keeps them as they came).
	 */
	private static Map<String, String> literals(Class<?> type) {
		return literalsByType.computeIfAbsent(type, (key) -> {
			Object builder;
			try {
				builder = type.getMethod("builder").invoke(null);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				// A wrapper or an open enum: it has no builder
				return Map.of();
			}
			Map<String, String> literals = new LinkedHashMap<>();
			for (RecordComponent component : type.getRecordComponents()) {
				try {
					Field field = builder.getClass().getDeclaredField(component.getName());
					field.setAccessible(true);
					if (field.get(builder) instanceof String literal) {
						literals.put(component.getName(), literal);
					}
				}
				catch (NoSuchFieldException ex) {
					// Not held by the builder: no literal
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException("Cannot read the builder of " + type, ex);
				}
			}
			return literals;
		});
	}

	private static String name(Class<?> type) {
		String name = type.getName().replace('$', '.');
		return name.startsWith(MODEL_PACKAGE) ? name.substring(MODEL_PACKAGE.length()) : name;
	}

	/**
	 * What a deserialized value holds that the models did not recognize.
	 */
	static final class Findings {

		final List<String> unknownVariants = new ArrayList<>();

		final List<String> additionalProperties = new ArrayList<>();

		final List<String> literalMismatches = new ArrayList<>();

		void addAll(Findings other) {
			this.unknownVariants.addAll(other.unknownVariants);
			this.additionalProperties.addAll(other.additionalProperties);
			this.literalMismatches.addAll(other.literalMismatches);
		}

		boolean isEmpty() {
			return this.unknownVariants.isEmpty() && this.additionalProperties.isEmpty()
					&& this.literalMismatches.isEmpty();
		}

	}

}
