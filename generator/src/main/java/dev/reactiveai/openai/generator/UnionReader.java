package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code oneOf}/{@code anyOf} into a {@link TypeModel.UnionType}: its variants
 * (referenced records and unions, inline records, wrappers of other values), named, and
 * the table that tells the object variants apart: the discriminator, and for each object
 * variant the properties it declares and requires and the values it allows for the
 * properties that tell variants apart.
 */
final class UnionReader {

	private static final List<String> DISCRIMINATOR_CANDIDATES = List.of("type", "object", "event", "role");

	/** An object variant: its class and its schema, to find its discriminator value. */
	private record Leaf(ClassName type, JsonNode schema) {

	}

	private final TypeModelReader reader;

	private final Schemas schemas;

	private final ClassName name;

	private final JsonNode schema;

	/**
	 * A reader of a union.
	 * @param reader the types' reader
	 * @param name the union's name
	 * @param schema its schema, without the wrappers that only make it nullable
	 */
	UnionReader(TypeModelReader reader, ClassName name, JsonNode schema) {
		this.reader = reader;
		this.schemas = reader.schemas();
		this.name = name;
		this.schema = schema;
	}

	TypeModel.UnionType read() {
		TypeDocs docs = this.reader.docs();
		CodeBlock javadoc = docs.typeJavadoc(this.name, this.schema, null);
		List<ClassName> deprecatedVariants = deprecatedVariants();
		String deprecation = docs.deprecation(this.name, this.schema);
		Owner self = new Owner(this.name);
		// The object variants in the description's order, those of a union among the
		// variants where that union stands.
		List<Leaf> objects = new ArrayList<>();
		List<ClassName> subUnions = new ArrayList<>();
		List<ClassName> variants = new ArrayList<>();
		List<TypeModel.WrapperType> wrappers = new ArrayList<>();
		Set<String> shapesTaken = new HashSet<>();
		int index = 0;
		for (JsonNode alternative : alternatives(this.schema)) {
			index++;
			String ref = Schemas.refName(alternative);
			if (ref != null && this.reader.kind(ref) == ApiModel.TypeKind.OBJECT) {
				ClassName variant = this.reader.className(ref);
				variants.add(variant);
				objects.add(new Leaf(variant, this.schemas.component(ref)));
				continue;
			}
			if (ref != null && this.reader.kind(ref) == ApiModel.TypeKind.UNION) {
				ClassName variant = this.reader.className(ref);
				variants.add(variant);
				subUnions.add(variant);
				objects.addAll(leavesOf(variant));
				continue;
			}
			JsonNode resolved = this.schemas.resolve(alternative);
			if (ref == null && this.schemas.hasProperties(resolved)) {
				ClassName variant = self.reserve(variantName(alternative, index));
				self.add(this.reader.record(variant, alternative));
				variants.add(variant);
				objects.add(new Leaf(variant, alternative));
				continue;
			}
			TypeName valueType = this.reader.typeOf(alternative, self, valueHint(alternative, ref));
			JsonNode aliasedRecord = this.reader.recordSchema(valueType);
			if (aliasedRecord != null) {
				// A reference to an alias of a record: the record itself is the variant.
				ClassName variant = (ClassName) valueType.withoutAnnotations();
				variants.add(variant);
				objects.add(new Leaf(variant, aliasedRecord));
				continue;
			}
			String shape = shape(resolved, valueType);
			if (!shapesTaken.add(shape)) {
				// A second variant of the same JSON shape cannot be told apart: the first
				// wins.
				continue;
			}
			TypeModel.WrapperType wrapper = new TypeModel.WrapperType(self.reserve(wrapperName(valueType)), this.name,
					valueType, shape);
			self.add(wrapper);
			variants.add(wrapper.name());
			wrappers.add(wrapper);
		}
		List<Leaf> leaves = distinct(objects);
		String discriminator = discriminator(leaves);
		List<String> telling = telling(leaves, discriminator);
		List<TypeModel.ObjectShape> shapes = leaves.stream().map((leaf) -> objectShape(leaf, telling)).toList();
		return new TypeModel.UnionType(this.name, this.reader.componentName(this.name), javadoc, deprecatedVariants,
				deprecation, variants, self.nested(), discriminator, shapes, wrappers, subUnions);
	}

	private static List<JsonNode> alternatives(JsonNode schema) {
		List<JsonNode> alternatives = Schemas.alternatives(schema);
		return (alternatives != null) ? alternatives : List.of();
	}

	/**
	 * The variants that the union deprecates: the variant's type is shared with other
	 * unions, so the deprecation belongs to the union's documentation.
	 */
	private List<ClassName> deprecatedVariants() {
		List<ClassName> deprecated = new ArrayList<>();
		for (JsonNode alternative : alternatives(this.schema)) {
			String ref = Schemas.refName(alternative);
			if (ref != null && alternative.path("deprecated").asBoolean(false)) {
				deprecated.add(this.reader.className(ref));
			}
		}
		return deprecated;
	}

	/** One row of the table: what the description says of one object variant. */
	private TypeModel.ObjectShape objectShape(Leaf leaf, List<String> telling) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String property : telling) {
			List<String> allowed = values(leaf, property);
			if (allowed != null) {
				values.put(property, allowed);
			}
		}
		return new TypeModel.ObjectShape(leaf.type(), List.copyOf(this.schemas.properties(leaf.schema()).keySet()),
				List.copyOf(this.schemas.required(leaf.schema())), values);
	}

	/** The leaves without repeats, in order: a record may be a variant twice over. */
	private static List<Leaf> distinct(List<Leaf> leaves) {
		Map<ClassName, Leaf> distinct = new LinkedHashMap<>();
		for (Leaf leaf : leaves) {
			distinct.putIfAbsent(leaf.type(), leaf);
		}
		return new ArrayList<>(distinct.values());
	}

	/**
	 * The properties that tell the variants apart: the discriminator, then each property
	 * whose values some variant fixes but not every variant the same way (the
	 * {@code role} of realtime messages that share {@code "type": "message"}).
	 */
	private List<String> telling(List<Leaf> leaves, @Nullable String discriminator) {
		Set<String> names = new TreeSet<>();
		for (Leaf leaf : leaves) {
			names.addAll(this.schemas.properties(leaf.schema()).keySet());
		}
		List<String> telling = new ArrayList<>();
		if (discriminator != null) {
			telling.add(discriminator);
		}
		List<String> ordered = new ArrayList<>(DISCRIMINATOR_CANDIDATES);
		ordered.retainAll(names);
		names.removeAll(ordered);
		ordered.addAll(names);
		for (String property : ordered) {
			if (property.equals(discriminator)) {
				continue;
			}
			Set<Set<String>> valueSets = new HashSet<>();
			boolean fixed = false;
			for (Leaf leaf : leaves) {
				List<String> values = values(leaf, property);
				fixed |= values != null;
				valueSets.add((values != null) ? new HashSet<>(values) : Set.of());
			}
			if (fixed && valueSets.size() > 1) {
				telling.add(property);
			}
		}
		return telling;
	}

	private List<Leaf> leavesOf(ClassName union) {
		JsonNode component = this.reader.componentSchema(union);
		List<Leaf> leaves = new ArrayList<>();
		int index = 0;
		for (JsonNode alternative : (component != null) ? alternatives(component) : List.<JsonNode>of()) {
			index++;
			String ref = Schemas.refName(alternative);
			if (ref != null && this.reader.kind(ref) == ApiModel.TypeKind.OBJECT) {
				leaves.add(new Leaf(this.reader.className(ref), this.schemas.component(ref)));
			}
			else if (ref != null && this.reader.kind(ref) == ApiModel.TypeKind.UNION) {
				leaves.addAll(leavesOf(this.reader.className(ref)));
			}
			else if (ref == null && this.schemas.hasProperties(alternative)) {
				leaves.add(new Leaf(union.nestedClass(variantName(alternative, index)), alternative));
			}
		}
		return leaves;
	}

	/**
	 * The property that tells the variants apart first: the declared discriminator, or a
	 * {@code type}, {@code object}, {@code event} or {@code role} whose values every
	 * variant fixes (several variants may share a value, others tell them apart).
	 */
	private @Nullable String discriminator(List<Leaf> leaves) {
		JsonNode declared = this.schema.path("discriminator").path("propertyName");
		if (declared.isString()) {
			return declared.asString();
		}
		if (leaves.size() < 2) {
			return null;
		}
		for (String candidate : DISCRIMINATOR_CANDIDATES) {
			boolean all = true;
			for (Leaf leaf : leaves) {
				if (values(leaf, candidate) == null) {
					all = false;
					break;
				}
			}
			if (all) {
				return candidate;
			}
		}
		return null;
	}

	/** The values a variant allows for a property (a constant or an enum), or null. */
	private @Nullable List<String> values(Leaf leaf, String property) {
		JsonNode propertySchema = this.schemas.properties(leaf.schema()).get(property);
		return (propertySchema != null) ? this.schemas.values(propertySchema) : null;
	}

	private String variantName(JsonNode alternative, int index) {
		String title = alternative.path("title").asString("");
		if (!title.isBlank()) {
			return Names.pascal(title);
		}
		for (String candidate : DISCRIMINATOR_CANDIDATES) {
			JsonNode property = this.schemas.properties(alternative).get(candidate);
			String value = (property != null) ? this.schemas.literal(property) : null;
			if (value != null) {
				return Names.pascal(value);
			}
		}
		return fallbackVariantName(alternative, index);
	}

	/**
	 * The name of a variant that neither a title nor a literal names: its part of the
	 * union's name when that lists one per variant ({@code VoiceIdsOrCustomVoice}'s
	 * second variant is {@code CustomVoice}), else what it holds ({@code WithId}).
	 */
	private String fallbackVariantName(JsonNode alternative, int index) {
		String[] parts = this.name.simpleName().split("Or(?=[A-Z])");
		List<JsonNode> alternatives = Schemas.alternatives(this.schema);
		if (alternatives != null && parts.length == alternatives.size()) {
			return parts[index - 1];
		}
		Set<String> required = this.schemas.required(alternative);
		Set<String> properties = required.isEmpty() ? this.schemas.properties(alternative).keySet() : required;
		return "With" + String.join("And", properties.stream().limit(2).map(Names::pascal).toList());
	}

	private String valueHint(JsonNode alternative, @Nullable String ref) {
		String title = alternative.path("title").asString("");
		if (!title.isBlank()) {
			return title;
		}
		if (ref != null) {
			return ref;
		}
		// A list is named for its items ("Item", the list "ItemList"), a single literal
		// for itself ("inf").
		JsonNode resolved = this.schemas.resolve(alternative);
		List<String> literals = Schemas.stringValues(resolved);
		if (literals != null && literals.size() == 1) {
			return literals.get(0);
		}
		return "array".equals(Schemas.type(resolved)) ? "Items" : "Item";
	}

	/** The JSON shape a wrapped value is read from. */
	private static String shape(JsonNode schema, TypeName valueType) {
		TypeName bare = valueType.withoutAnnotations();
		if (bare instanceof ParameterizedTypeName parameterized) {
			return parameterized.rawType().simpleName().equals("List") ? "array" : "objectValue";
		}
		String type = Schemas.type(schema);
		if ("integer".equals(type)) {
			return "integer";
		}
		if ("number".equals(type)) {
			return "number";
		}
		if ("boolean".equals(type)) {
			return "bool";
		}
		if (bare.equals(ClassName.OBJECT)) {
			return "objectValue";
		}
		return "string";
	}

	private static String wrapperName(TypeName valueType) {
		TypeName bare = valueType.withoutAnnotations();
		if (bare instanceof ParameterizedTypeName parameterized) {
			if (parameterized.rawType().simpleName().equals("List")) {
				TypeName element = parameterized.typeArguments().get(0).withoutAnnotations();
				return (element instanceof ClassName className) ? className.simpleName() + "List" : "ListValue";
			}
			return "MapValue";
		}
		if (bare instanceof ClassName className) {
			return switch (className.simpleName()) {
				case "Object" -> "AnyValue";
				case "UploadFile" -> "FileValue";
				default -> className.simpleName() + "Value";
			};
		}
		return "Value";
	}

}
