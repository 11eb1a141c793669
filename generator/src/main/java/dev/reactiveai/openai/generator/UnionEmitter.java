package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A sealed interface for a union: object variants implement it, other values (strings,
 * numbers, lists, maps) are wrapped in records, and JSON that fits no variant is kept in
 * {@code Unknown}. A generated deserializer tells the variants apart.
 */
final class UnionEmitter {

	private static final List<String> DISCRIMINATOR_CANDIDATES = List.of("type", "object", "event", "role");

	private static final ClassName UNKNOWN_VARIANT = ClassName.get("dev.reactiveai.openai.json", "UnknownVariant");

	private static final ClassName VARIANT_SHAPE = ClassName.get("dev.reactiveai.openai.json.internal", "VariantShape");

	/** An object variant: its class and its schema, to find its discriminator value. */
	private record Leaf(ClassName type, JsonNode schema) {

	}

	private final ModelGenerator generator;

	private final ClassName name;

	private final JsonNode schema;

	UnionEmitter(ModelGenerator generator, ClassName name, JsonNode schema) {
		this.generator = generator;
		this.name = name;
		this.schema = schema;
	}

	TypeSpec.Builder emit() {
		TypeSpec.Builder type = TypeSpec.interfaceBuilder(this.name).addModifiers(Modifier.PUBLIC, Modifier.SEALED);
		if (this.name.enclosingClassName() != null) {
			type.addModifiers(Modifier.STATIC);
		}
		type.addJavadoc(this.generator.typeJavadoc(this.name, this.schema))
			.addJavadoc("<p>\nOne of the variants nested here or implementing this interface; {@link Unknown} "
					+ "holds JSON that this version of the client does not recognize.\n")
			.addJavadoc(deprecatedVariants())
			.addJavadoc(this.generator.deprecation(type, this.name, this.schema));
		type.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_DESERIALIZE)
			.addMember("using", "$T.class", this.name.nestedClass("Deserializer"))
			.build());
		this.generator.inputForms().unionMethods(this.generator.componentName(this.name)).forEach(type::addMethod);
		Owner self = new Owner(this.name, type);
		// The object variants in the description's order, those of a union among the
		// variants where that union stands.
		List<Leaf> objects = new ArrayList<>();
		List<ClassName> subUnions = new ArrayList<>();
		CodeBlock.Builder shapes = CodeBlock.builder();
		Set<String> shapesTaken = new HashSet<>();
		List<JsonNode> alternatives = Schemas.alternatives(this.schema);
		int index = 0;
		for (JsonNode alternative : (alternatives != null) ? alternatives : List.<JsonNode>of()) {
			index++;
			String ref = Schemas.refName(alternative);
			if (ref != null && this.generator.isRecord(ref)) {
				ClassName variant = this.generator.className(ref);
				addVariant(type, variant);
				objects.add(new Leaf(variant, this.generator.schemas().component(ref)));
				continue;
			}
			if (ref != null && this.generator.isUnion(ref)) {
				ClassName variant = this.generator.className(ref);
				addVariant(type, variant);
				subUnions.add(variant);
				objects.addAll(leavesOf(variant));
				continue;
			}
			JsonNode resolved = this.generator.schemas().resolve(alternative);
			if (ref == null && this.generator.schemas().hasProperties(resolved)) {
				ClassName variant = self.reserve(variantName(alternative, index));
				TypeSpec.Builder record = this.generator.record(variant, alternative).addSuperinterface(this.name);
				type.addType(record.build());
				addVariant(type, variant);
				objects.add(new Leaf(variant, alternative));
				continue;
			}
			TypeName valueType = this.generator.typeOf(alternative, self, valueHint(alternative, ref));
			JsonNode aliasedRecord = this.generator.recordSchema(valueType);
			if (aliasedRecord != null) {
				// A reference to an alias of a record: the record itself is the variant.
				ClassName variant = (ClassName) valueType.withoutAnnotations();
				addVariant(type, variant);
				objects.add(new Leaf(variant, aliasedRecord));
				continue;
			}
			String shape = shape(resolved, valueType);
			if (!shapesTaken.add(shape)) {
				// A second variant of the same JSON shape cannot be told apart: the first
				// wins.
				continue;
			}
			ClassName wrapper = self.reserve(wrapperName(valueType));
			type.addType(wrapper(wrapper, valueType));
			addVariant(type, wrapper);
			this.generator.addWrapper(this.name, new ModelGenerator.Wrapper(wrapper, valueType));
			if (valueType instanceof ParameterizedTypeName) {
				shapes.add("\n.$L(new $T<$T>() {\n}, $T::new)", shape, ModelGenerator.TYPE_REFERENCE, valueType,
						wrapper);
			}
			else {
				shapes.add("\n.$L($T.class, $T::new)", shape, valueType, wrapper);
			}
		}
		ClassName unknown = this.name.nestedClass("Unknown");
		type.addType(unknown(unknown));
		type.addPermittedSubclass(unknown);
		type.addType(deserializer(objects, subUnions, shapes.build(), unknown));
		return type;
	}

	/**
	 * A note on the variants that the union deprecates: the variant's type is shared with
	 * other unions, so the deprecation belongs to the union's documentation.
	 */
	private CodeBlock deprecatedVariants() {
		List<JsonNode> alternatives = Schemas.alternatives(this.schema);
		List<CodeBlock> deprecated = new ArrayList<>();
		for (JsonNode alternative : (alternatives != null) ? alternatives : List.<JsonNode>of()) {
			String ref = Schemas.refName(alternative);
			if (ref != null && alternative.path("deprecated").asBoolean(false)) {
				deprecated.add(CodeBlock.of("{@link $T}", this.generator.className(ref)));
			}
		}
		if (deprecated.isEmpty()) {
			return CodeBlock.of("");
		}
		return CodeBlock.builder()
			.add("<p>\nThe API description deprecates these variants: ")
			.add(CodeBlock.join(deprecated, ", "))
			.add(".\n")
			.build();
	}

	private void addVariant(TypeSpec.Builder type, ClassName variant) {
		type.addPermittedSubclass(variant);
		if (variant.enclosingClassName() == null || !variant.enclosingClassName().equals(this.name)) {
			this.generator.addVariant(variant, this.name);
		}
	}

	private TypeSpec wrapper(ClassName wrapper, TypeName valueType) {
		return TypeSpec.recordBuilder(wrapper)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addSuperinterface(this.name)
			.addJavadoc("A {@link $T} that is a {@code $L}.\n\n@param value the value\n", this.name,
					valueType.withoutAnnotations().toString().replaceAll("[\\w.]+\\.", ""))
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(valueType, "value")
					.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_VALUE).build())
					.build())
				.build())
			.addMethod(MethodSpec.compactConstructorBuilder()
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("Creates a {@link $T}, rejecting a null value.\n@param value the value\n", wrapper)
				.addStatement("$T.requireNonNull(value, $S)", ModelGenerator.OBJECTS, "'value' must not be null")
				.build())
			.build();
	}

	private TypeSpec unknown(ClassName unknown) {
		return TypeSpec.recordBuilder(unknown)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addSuperinterface(this.name)
			.addSuperinterface(UNKNOWN_VARIANT)
			.addJavadoc("A {@link $T} that this version of the client does not recognize, kept as it came.\n\n",
					this.name)
			.addJavadoc("@param json the JSON as it came\n")
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(ModelGenerator.JSON_NODE, "json")
					.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_VALUE).build())
					.build())
				.build())
			.addMethods(this.generator.inputForms().unknownMethods(this.generator.componentName(this.name)))
			.build();
	}

	/**
	 * The deserializer, with the table it tells the object variants apart by: for each
	 * one, the properties it declares and requires and the values of those properties
	 * that tell variants apart.
	 */
	private TypeSpec deserializer(List<Leaf> objects, List<ClassName> subUnions, CodeBlock shapes, ClassName unknown) {
		List<Leaf> leaves = distinct(objects);
		String discriminator = discriminator(leaves);
		List<String> telling = telling(leaves, discriminator);
		CodeBlock.Builder variants = CodeBlock.builder()
			.add("$T.<$T>variants($T::new)", ModelGenerator.UNION_DESERIALIZER, this.name, unknown);
		if (discriminator != null) {
			variants.add("\n.discriminator($S)", discriminator);
		}
		for (Leaf leaf : leaves) {
			variants.add("\n.object($T.class, $L)", leaf.type(), row(leaf, telling));
		}
		variants.add(shapes);
		for (ClassName subUnion : subUnions) {
			variants.add("\n.union($T.class)", subUnion);
		}
		ClassName deserializer = this.name.nestedClass("Deserializer");
		return TypeSpec.classBuilder(deserializer)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.superclass(ParameterizedTypeName.get(ModelGenerator.UNION_DESERIALIZER, this.name))
			.addJavadoc("Reads a {@link $T} into the variant its JSON is.\n", this.name)
			.addMethod(MethodSpec.constructorBuilder()
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.\n")
				.addStatement("super($L)", variants.build())
				.build())
			.build();
	}

	/** One row of the table: what the description says of one object variant. */
	private CodeBlock row(Leaf leaf, List<String> telling) {
		CodeBlock.Builder shape = CodeBlock.builder()
			.add("$T.declaring($L)", VARIANT_SHAPE,
					strings(this.generator.schemas().properties(leaf.schema()).keySet()));
		List<String> required = required(leaf);
		if (!required.isEmpty()) {
			shape.add("\n.requiring($L)", strings(required));
		}
		for (String property : telling) {
			List<String> values = values(leaf, property);
			if (values != null) {
				shape.add("\n.values($S, $L)", property, strings(values));
			}
		}
		return shape.build();
	}

	private static CodeBlock strings(Collection<String> values) {
		return values.stream().map((value) -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
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
			names.addAll(this.generator.schemas().properties(leaf.schema()).keySet());
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
		JsonNode component = this.generator.componentSchema(union);
		List<Leaf> leaves = new ArrayList<>();
		List<JsonNode> alternatives = (component != null) ? Schemas.alternatives(component) : null;
		int index = 0;
		for (JsonNode alternative : (alternatives != null) ? alternatives : List.<JsonNode>of()) {
			index++;
			String ref = Schemas.refName(alternative);
			if (ref != null && this.generator.isRecord(ref)) {
				leaves.add(new Leaf(this.generator.className(ref), this.generator.schemas().component(ref)));
			}
			else if (ref != null && this.generator.isUnion(ref)) {
				leaves.addAll(leavesOf(this.generator.className(ref)));
			}
			else if (ref == null && this.generator.schemas().hasProperties(alternative)) {
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
		JsonNode propertySchema = this.generator.schemas().properties(leaf.schema()).get(property);
		return (propertySchema != null) ? this.generator.schemas().values(propertySchema) : null;
	}

	private List<String> required(Leaf leaf) {
		return new ArrayList<>(this.generator.schemas().required(leaf.schema()));
	}

	private String variantName(JsonNode alternative, int index) {
		String title = alternative.path("title").asString("");
		if (!title.isBlank()) {
			return Names.pascal(title);
		}
		for (String candidate : DISCRIMINATOR_CANDIDATES) {
			JsonNode property = this.generator.schemas().properties(alternative).get(candidate);
			String value = (property != null) ? this.generator.schemas().literal(property) : null;
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
		Set<String> required = this.generator.schemas().required(alternative);
		Set<String> properties = required.isEmpty() ? this.generator.schemas().properties(alternative).keySet()
				: required;
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
		JsonNode resolved = this.generator.schemas().resolve(alternative);
		List<String> literals = Schemas.stringValues(resolved);
		if (literals != null && literals.size() == 1) {
			return literals.get(0);
		}
		return "array".equals(Schemas.type(resolved)) ? "Items" : "Item";
	}

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
