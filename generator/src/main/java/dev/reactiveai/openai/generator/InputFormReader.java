package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.palantir.javapoet.ClassName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the input form of every variant of a union of items an answer gives into
 * {@link InputForms}, so that an answer's items pass into the next request with one call:
 * {@code outputItem.asInput()}.
 * <p>
 * The table {@link #UNIONS} names the answer's union and the request's union
 * ({@code OutputItem}: {@code InputItem}). A variant that is a variant of the request's
 * union too passes as it is. Any other is read, through the JSON the client writes, as
 * the request's variant with the same {@code type} (a
 * {@code FunctionToolCallOutputResource} as a {@code FunctionCallOutputItemParam}): their
 * nested types differ (status enums, shell actions, outcomes, patch operations), and the
 * JSON is the contract the API gives between them. The properties only the answer's form
 * declares ({@code created_by}, even nested in a list of shell output chunks) are left
 * out, as the API does not take them back; a property this version does not know is kept.
 */
final class InputFormReader {

	/** The answer's union and the request's union that takes its items. */
	static final Map<String, String> UNIONS = Map.of("OutputItem", "InputItem");

	/** How deep nested objects are compared for properties only the answer declares. */
	private static final int DEPTH = 4;

	private final Schemas schemas;

	private final Function<String, ClassName> className;

	/**
	 * A reader of a description's input forms.
	 * @param schemas the description's schemas
	 * @param className the Java type of a component
	 */
	InputFormReader(Schemas schemas, Function<String, ClassName> className) {
		this.schemas = schemas;
		this.className = className;
	}

	/**
	 * Read the input forms of the unions of {@link #UNIONS} that the description has.
	 * @return the forms
	 * @throws IllegalStateException when a variant has no input form
	 */
	InputForms read() {
		Map<ClassName, ClassName> unions = new LinkedHashMap<>();
		List<InputForms.Form> forms = new ArrayList<>();
		UNIONS.forEach((outputUnion, inputUnion) -> {
			if (this.schemas.components().has(outputUnion) && this.schemas.components().has(inputUnion)) {
				unions.put(this.className.apply(outputUnion), this.className.apply(inputUnion));
				for (String variant : records(outputUnion)) {
					forms.add(form(variant, outputUnion, inputUnion));
				}
			}
		});
		return new InputForms(unions, List.copyOf(forms));
	}

	private InputForms.Form form(String variant, String outputUnion, String inputUnion) {
		Set<String> inputs = records(inputUnion);
		if (inputs.contains(variant)) {
			return form(variant, outputUnion, inputUnion, variant, List.of());
		}
		String type = literal(variant);
		Set<String> outputs = records(outputUnion);
		List<String> candidates = new ArrayList<>();
		for (String input : inputs) {
			if (type != null && type.equals(literal(input)) && !outputs.contains(input)) {
				candidates.add(input);
			}
		}
		if (candidates.size() != 1) {
			throw new IllegalStateException(variant + ", a variant of " + outputUnion + ", is no variant of "
					+ inputUnion + " and " + ((candidates.isEmpty()) ? "no" : "more than one") + " variant of "
					+ inputUnion + " has its type " + type + " " + candidates
					+ ": name its input form in InputFormReader, or leave " + outputUnion
					+ " out of InputFormReader.UNIONS");
		}
		String form = candidates.get(0);
		List<String> outputOnly = new ArrayList<>();
		outputOnly(this.schemas.component(variant), this.schemas.component(form), "", 0, outputOnly);
		return form(variant, outputUnion, inputUnion, form, outputOnly);
	}

	private InputForms.Form form(String variant, String outputUnion, String inputUnion, String form,
			List<String> outputOnly) {
		return new InputForms.Form(this.className.apply(variant), this.className.apply(outputUnion),
				this.className.apply(inputUnion), this.className.apply(form), List.copyOf(outputOnly));
	}

	/** The record components of a union, those of its unions included. */
	private Set<String> records(String union) {
		Set<String> records = new LinkedHashSet<>();
		collect(union, records, new LinkedHashSet<>());
		return records;
	}

	private void collect(String component, Set<String> records, Set<String> seen) {
		if (!seen.add(component)) {
			return;
		}
		List<JsonNode> alternatives = Schemas.alternatives(this.schemas.component(component));
		if (alternatives == null) {
			records.add(component);
			return;
		}
		for (JsonNode alternative : alternatives) {
			String name = Schemas.refName(alternative);
			if (name != null) {
				collect(name, records, seen);
			}
		}
	}

	/** The single value of a record's {@code type}, or null. */
	private @Nullable String literal(String record) {
		JsonNode type = this.schemas.properties(this.schemas.component(record)).get("type");
		List<String> values = (type != null) ? Schemas.stringValues(this.schemas.resolve(type)) : null;
		return (values != null && values.size() == 1) ? values.get(0) : null;
	}

	private void outputOnly(JsonNode output, JsonNode input, String prefix, int depth, List<String> paths) {
		Map<String, JsonNode> inputProperties = this.schemas.properties(input);
		for (Map.Entry<String, JsonNode> property : this.schemas.properties(output).entrySet()) {
			JsonNode inputProperty = inputProperties.get(property.getKey());
			if (inputProperty == null) {
				paths.add(prefix + property.getKey());
				continue;
			}
			if (depth == DEPTH) {
				continue;
			}
			JsonNode outputValue = single(property.getValue());
			JsonNode inputValue = single(inputProperty);
			if (isObject(outputValue) && isObject(inputValue)) {
				outputOnly(outputValue, inputValue, prefix + property.getKey() + ".", depth + 1, paths);
			}
			else if (outputValue.has("items") && inputValue.has("items")) {
				JsonNode outputItem = single(outputValue.get("items"));
				JsonNode inputItem = single(inputValue.get("items"));
				if (isObject(outputItem) && isObject(inputItem)) {
					outputOnly(outputItem, inputItem, prefix + property.getKey() + "[].", depth + 1, paths);
				}
			}
		}
	}

	/** The schema behind references and a nullable's one alternative. */
	private JsonNode single(JsonNode schema) {
		JsonNode resolved = this.schemas.resolve(schema);
		List<JsonNode> alternatives = Schemas.alternatives(resolved);
		return (alternatives != null && alternatives.size() == 1) ? single(alternatives.get(0)) : resolved;
	}

	private boolean isObject(JsonNode schema) {
		return Schemas.alternatives(schema) == null && this.schemas.hasProperties(schema);
	}

}
