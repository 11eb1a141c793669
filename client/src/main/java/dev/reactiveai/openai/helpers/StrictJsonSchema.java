package dev.reactiveai.openai.helpers;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON schema of a Java type in the form OpenAI's strict mode accepts, for structured
 * outputs and function tools, derived with the victools schema generator and checked
 * against strict mode's rules before it is used.
 * <ul>
 * <li>Records and classes become objects with every property {@code required} and
 * {@code "additionalProperties": false}, named and ordered as the mapper that reads the
 * answer writes them (the API's mapper: snake_case, {@code @JsonProperty} names,
 * {@code @JsonPropertyOrder}).</li>
 * <li>A property that may be absent is an {@code Optional}, or is annotated
 * {@code @Nullable} (any annotation of that simple name: JSpecify's, Jakarta's, ...): its
 * schema is a union with {@code null} ({@code "type": ["string", "null"]}, or an
 * {@code anyOf} with {@code {"type": "null"}} for objects, arrays and enums). Every other
 * property must be given; primitives never null.</li>
 * <li>Enums are string enums of the names Jackson writes ({@code @JsonProperty},
 * {@code @JsonValue}); {@code List}s, {@code Set}s and arrays are arrays; dates and
 * times, {@code UUID}, {@code URI} are strings, with a {@code format} where strict mode
 * supports one.</li>
 * <li>{@code @JsonClassDescription} and {@code @JsonPropertyDescription} become
 * descriptions, which the model reads.</li>
 * <li>Recursive types refer to themselves through {@code $defs} and {@code $ref}.</li>
 * <li>What a strict schema cannot describe ({@code Map}, {@code Object},
 * {@code JsonNode}, interfaces, {@code byte[]}, a root that is not an object) fails with
 * an {@link UnsupportedSchemaException} naming the property's path and what to use
 * instead.</li>
 * </ul>
 * Deriving a schema costs reflection and a pass of the generator: derive it once per type
 * and keep it, as {@link StructuredOutput} and {@link ToolDefinition} do.
 */
public final class StrictJsonSchema {

	private static final JsonMapper DEFAULT_MAPPER = OpenAiJson.mapper();

	private StrictJsonSchema() {
	}

	/**
	 * The strict schema of a type, named as the API's default mapper
	 * ({@link OpenAiJson#mapper()}) reads it.
	 * @param type the type, a record or class
	 * @return the schema, unmodifiable
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public static Map<String, Object> of(Class<?> type) {
		return of(type, DEFAULT_MAPPER);
	}

	/**
	 * The strict schema of a type, named as the given mapper reads it.
	 * @param type the type, a record or class
	 * @param mapper the mapper that will read the JSON that follows the schema
	 * @return the schema, unmodifiable
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public static Map<String, Object> of(Class<?> type, JsonMapper mapper) {
		return toMap(mapper, tree(type, mapper));
	}

	/**
	 * The schema as a tree, checked.
	 * @param type the type
	 * @param mapper the mapper
	 * @return the schema
	 */
	static ObjectNode tree(Class<?> type, JsonMapper mapper) {
		JacksonProperties properties = new JacksonProperties(mapper);
		SchemaTypeCheck.check(type, properties);
		ObjectNode schema = generator(properties).generateSchema(type);
		schema.remove("$schema");
		normalize(schema);
		StrictModeRules.check(type, schema);
		return schema;
	}

	/**
	 * A schema tree as the unmodifiable map that the generated models hold.
	 * @param mapper the mapper
	 * @param schema the schema
	 * @return the map
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> toMap(JsonMapper mapper, JsonNode schema) {
		return (Map<String, Object>) unmodifiable(mapper.convertValue(schema, Map.class));
	}

	private static SchemaGenerator generator(JacksonProperties properties) {
		SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(properties.mapper(),
				SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
			.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.PLAIN_DEFINITION_KEYS);
		// Registered before the Jackson module's, so asked first: the names and order of
		// the
		// mapper that reads the answer, naming strategy included.
		builder.forFields().withPropertyNameOverrideResolver((field) -> jsonName(properties, field));
		builder.forTypesInGeneral()
			.withPropertySorter((one, other) -> order(properties, one) - order(properties, other));
		// Strict mode: every property is required; absence is a null.
		builder.forFields().withRequiredCheck((field) -> true);
		builder.forFields().withNullableCheck((field) -> isAnnotatedNullable(field) ? Boolean.TRUE : null);
		// Enums inline, with the values the mapper writes (@JsonProperty, @JsonValue on
		// the
		// constants), so that a nullable one is a plain union with null.
		builder.forTypesInGeneral()
			.withCustomDefinitionProvider(
					(type, context) -> Enum.class.isAssignableFrom(type.getErasedType())
							? new CustomDefinition(enumSchema(properties.mapper(), type.getErasedType()),
									CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES)
							: null);
		builder.with(new JacksonSchemaModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
				JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY));
		return new SchemaGenerator(builder.build());
	}

	private static ObjectNode enumSchema(JsonMapper mapper, Class<?> type) {
		Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
		ArrayNode values = mapper.createArrayNode();
		boolean strings = true;
		boolean integers = true;
		for (Object constant : enumType.getEnumConstants()) {
			JsonNode value = mapper.valueToTree(constant);
			strings &= value.isString();
			integers &= value.isIntegralNumber();
			values.add(value);
		}
		if (!strings && !integers) {
			throw new UnsupportedSchemaException(enumType, enumType.getSimpleName(),
					"is written as " + values + ": an enum's values must be all strings or all integers.");
		}
		ObjectNode schema = mapper.createObjectNode();
		schema.put("type", strings ? "string" : "integer");
		schema.set("enum", values);
		return schema;
	}

	private static @Nullable String jsonName(JacksonProperties properties, FieldScope field) {
		BeanPropertyDefinition property = properties.property(field.getDeclaringType().getErasedType(),
				field.getDeclaredName());
		return (property != null && !property.getName().equals(field.getDeclaredName())) ? property.getName() : null;
	}

	private static int order(JacksonProperties properties, MemberScope<?, ?> member) {
		List<BeanPropertyDefinition> all = properties.of(properties.type(member.getDeclaringType().getErasedType()));
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).getInternalName().equals(member.getDeclaredName())) {
				return i;
			}
		}
		return all.size();
	}

	private static boolean isAnnotatedNullable(FieldScope field) {
		if (field.isFakeContainerItemScope()) {
			return false;
		}
		Field raw = field.getRawMember();
		if (hasNullable(raw) || hasNullable(raw.getAnnotatedType())) {
			return true;
		}
		if (raw.getDeclaringClass().isRecord()) {
			try {
				Method accessor = raw.getDeclaringClass().getDeclaredMethod(raw.getName());
				return hasNullable(accessor) || hasNullable(accessor.getAnnotatedReturnType());
			}
			catch (NoSuchMethodException ex) {
				return false;
			}
		}
		return false;
	}

	private static boolean hasNullable(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getSimpleName().equals("Nullable")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Rewrites what the generator writes into what strict mode takes: formats it does not
	 * support, and {@code additionalProperties} on what is not an object, are dropped (a
	 * {@code URI} is still a string), and a nullable object, array or enum becomes an
	 * {@code anyOf} with {@code null}, the form strict mode documents.
	 */
	private static void normalize(JsonNode node) {
		if (node.isArray()) {
			node.forEach(StrictJsonSchema::normalize);
			return;
		}
		if (!node.isObject()) {
			return;
		}
		ObjectNode schema = (ObjectNode) node;
		JsonNode type = schema.get("type");
		if (type == null || !type.toString().contains("\"object\"")) {
			// Added by the generator to everything it does not take for a container,
			// enums too.
			schema.remove("additionalProperties");
		}
		JsonNode format = schema.get("format");
		if (format != null && !StrictModeRules.FORMATS.contains(format.asString(""))) {
			schema.remove("format");
		}
		for (String keyword : List.of("properties", "$defs")) {
			JsonNode children = schema.get(keyword);
			if (children != null) {
				children.forEach(StrictJsonSchema::normalize);
			}
		}
		for (String keyword : List.of("items", "anyOf")) {
			JsonNode child = schema.get(keyword);
			if (child != null) {
				normalize(child);
			}
		}
		if (type != null && type.isArray() && type.size() == 2 && containsNull(type)
				&& (schema.has("properties") || schema.has("items") || schema.has("enum"))) {
			toNullableUnion(schema, type);
		}
	}

	private static boolean containsNull(JsonNode type) {
		for (JsonNode each : type) {
			if ("null".equals(each.asString(""))) {
				return true;
			}
		}
		return false;
	}

	private static void toNullableUnion(ObjectNode schema, JsonNode type) {
		String nonNull = "null".equals(type.get(0).asString("")) ? type.get(1).asString() : type.get(0).asString();
		ObjectNode value = schema.objectNode();
		JsonNode description = schema.remove("description");
		for (String name : new ArrayList<>(schema.propertyNames())) {
			value.set(name, schema.get(name));
		}
		value.put("type", nonNull);
		JsonNode values = value.get("enum");
		if (values instanceof ArrayNode enumValues) {
			ArrayNode withoutNull = value.arrayNode();
			enumValues.forEach((each) -> {
				if (!each.isNull()) {
					withoutNull.add(each);
				}
			});
			value.set("enum", withoutNull);
		}
		schema.removeAll();
		if (description != null) {
			schema.set("description", description);
		}
		// Null first, as the generator writes the unions it makes itself.
		ArrayNode anyOf = schema.putArray("anyOf");
		anyOf.addObject().put("type", "null");
		anyOf.add(value);
	}

	private static Object unmodifiable(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, each) -> copy.put(key, unmodifiable(each)));
			return Collections.unmodifiableMap(copy);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((each) -> copy.add(unmodifiable(each)));
			return Collections.unmodifiableList(copy);
		}
		return value;
	}

}
