package dev.reactiveai.openai.helpers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * Walks a Java type the way Jackson reads it and refuses, before any schema is generated,
 * what a strict schema cannot describe, naming the property path ({@code
 * Recipe.ingredients[].extras}) and what to use instead. The schema generator would
 * otherwise turn a {@code Map} into an object without properties, which strict mode
 * rejects with a message about the schema, not about the Java field.
 */
final class SchemaTypeCheck {

	/** Types with a JSON scalar form: the schema generator's fixed types. */
	private static final Set<Class<?>> SCALARS = Set.of(String.class, CharSequence.class, Character.class, char.class,
			Boolean.class, boolean.class, Integer.class, int.class, Long.class, long.class, Short.class, short.class,
			Double.class, double.class, Float.class, float.class, BigInteger.class, BigDecimal.class, Number.class,
			LocalDateTime.class, LocalDate.class, ZonedDateTime.class, OffsetDateTime.class, Instant.class,
			LocalTime.class, OffsetTime.class, Duration.class, Period.class, UUID.class, URI.class, ZoneId.class);

	private final Class<?> root;

	private final JacksonProperties properties;

	private final Set<Class<?>> visited = new HashSet<>();

	private SchemaTypeCheck(Class<?> root, JacksonProperties properties) {
		this.root = root;
		this.properties = properties;
	}

	/**
	 * Checks that a type's JSON can be described by a strict schema whose root is an
	 * object.
	 * @param type the type
	 * @param properties how the mapper sees it
	 * @throws UnsupportedSchemaException naming the first property that cannot be
	 * described
	 */
	static void check(Class<?> type, JacksonProperties properties) {
		JavaType javaType = properties.type(type);
		if (isScalar(javaType) || javaType.isEnumType() || javaType.isContainerType() || javaType.isReferenceType()) {
			throw new UnsupportedSchemaException(type, type.getSimpleName(),
					"is not an object: the root of a strict schema must be an object. "
							+ "Wrap it in a record, such as record Answer(List<Item> items) {}.");
		}
		new SchemaTypeCheck(type, properties).visit(javaType, type.getSimpleName());
	}

	private void visit(JavaType type, String path) {
		Class<?> raw = type.getRawClass();
		if (type.isReferenceType()) {
			// Optional<T> and the like: a nullable T.
			visit(type.getReferencedType(), path);
			return;
		}
		if (type.isMapLikeType()) {
			throw unsupported(path, "is a " + describe(type) + ": strict mode names every property of an object in "
					+ "the schema, and a map's keys are not known in advance. Use a record whose components are the "
					+ "keys, or a List of records holding a key and a value.");
		}
		if (type.isCollectionLikeType() || type.isArrayType()) {
			if (raw == byte[].class) {
				throw unsupported(path, "is a byte[], which Jackson reads from base64 text that a schema cannot "
						+ "describe. Use a String, or a List<Integer>.");
			}
			visit(type.getContentType(), path + "[]");
			return;
		}
		if (raw == byte.class || raw == Byte.class) {
			throw unsupported(path, "is a byte, which the schema generator describes as text. Use an int.");
		}
		if (isScalar(type) || type.isEnumType()) {
			return;
		}
		if (type.isJavaLangObject() || tools.jackson.databind.JsonNode.class.isAssignableFrom(raw)) {
			throw unsupported(path, "is a " + describe(type) + ", whose JSON could be anything: strict mode needs "
					+ "a type. Use a record, an enum, a String, a number, a boolean or a List of one of them.");
		}
		if (type.isInterface() || type.isAbstract()) {
			throw unsupported(path, "is " + describe(type) + ", an interface or abstract class: its JSON has no "
					+ "fixed properties and Jackson cannot create it. Use a record (for alternatives, one nullable "
					+ "record component per shape).");
		}
		if (raw.getName().startsWith("java.") || raw.getName().startsWith("javax.")) {
			throw unsupported(path, "is a " + describe(type) + ", which has no JSON form a strict schema can "
					+ "describe. Use a String, a number, a boolean, an enum, a record or a List of one of them.");
		}
		if (!this.visited.add(raw)) {
			// Seen before: a recursive type, described once in the schema's $defs.
			return;
		}
		List<BeanPropertyDefinition> beanProperties = this.properties.of(type);
		if (beanProperties.isEmpty()) {
			throw unsupported(path, "is a " + describe(type) + " without properties that Jackson reads. Give it "
					+ "record components, or fields with getters.");
		}
		for (BeanPropertyDefinition property : beanProperties) {
			visit(property.getPrimaryType(), path + "." + property.getInternalName());
		}
	}

	private UnsupportedSchemaException unsupported(String path, String problem) {
		return new UnsupportedSchemaException(this.root, path, problem);
	}

	private static boolean isScalar(JavaType type) {
		return SCALARS.contains(type.getRawClass());
	}

	private static String describe(JavaType type) {
		return type.toCanonical().replace("java.util.", "").replace("java.lang.", "");
	}

}
