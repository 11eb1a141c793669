package dev.reactiveai.openai.json.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.reactiveai.openai.json.UnknownVariant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a union (a {@code oneOf} or {@code anyOf} of the API) into the variant that the
 * JSON is. Strings, numbers, booleans and arrays go to the variant of their shape. An
 * object is told apart by the {@link VariantShape} table that the generator writes for
 * each union: by its discriminator, then by the other properties whose values the
 * variants fix, then by how many of the JSON's properties each declares (see
 * {@code ObjectVariantMatcher} for the rules).
 * <p>
 * A variant whose discriminator is optional still matches JSON without it by its other
 * properties. JSON that fits no known variant becomes the union's {@link UnknownVariant},
 * holding the JSON as it came, so that a newer API never breaks this client.
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends ValueDeserializer<T> {

	/**
	 * The attribute of a reader that reads a value again when reading it fails, with
	 * which unions read their record variants in place ({@code Boolean.TRUE}).
	 */
	public static final String READ_IN_PLACE = UnionDeserializer.class.getName() + ".readInPlace";

	private final ObjectVariantMatcher<T> objectVariants;

	private final @Nullable Variant<T> stringVariant;

	private final @Nullable Variant<T> integerVariant;

	private final @Nullable Variant<T> numberVariant;

	private final @Nullable Variant<T> booleanVariant;

	private final @Nullable Variant<T> arrayVariant;

	private final List<Class<? extends T>> subUnions;

	private final Function<JsonNode, T> unknown;

	/** The deserializers of the record variants read from buffered tokens, once found. */
	private final Map<Class<?>, ValueDeserializer<Object>> records = new ConcurrentHashMap<>();

	/**
	 * Creates the deserializer of a union.
	 * @param variants the union's variants, from {@link #variants(Function)}
	 */
	protected UnionDeserializer(UnionVariants<T> variants) {
		this.objectVariants = new ObjectVariantMatcher<>(variants.discriminator, variants.objectVariants);
		this.stringVariant = variants.stringVariant;
		this.integerVariant = variants.integerVariant;
		this.numberVariant = variants.numberVariant;
		this.booleanVariant = variants.booleanVariant;
		this.arrayVariant = variants.arrayVariant;
		this.subUnions = List.copyOf(variants.subUnions);
		this.unknown = variants.unknown;
	}

	@Override
	public T deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.START_OBJECT) && this.objectVariants.discriminatorDecides()) {
			return readObject(parser, context);
		}
		return read(context.readTree(parser), context);
	}

	private T read(JsonNode json, DeserializationContext context) {
		T value = readByShape(json, context);
		if (value == null) {
			value = readBySubUnion(json, context);
		}
		return (value != null) ? value : this.unknown.apply(json);
	}

	/**
	 * Read an object of a union whose discriminator decides. Its tokens are buffered,
	 * which costs less than a tree, and when the discriminator's value names one record
	 * variant, that variant reads them: a stream's typed events read at about twice the
	 * rate of reading a tree first. Any other object, or one that its variant fails to
	 * read, is read as a tree as before, so what is read and how it fails are unchanged.
	 * <p>
	 * A reader that can read a value again from its bytes when its reading fails (a
	 * stream's events, read in batches) sets {@link #READ_IN_PLACE}: an object whose
	 * first property is the discriminator is then read by its record variant straight
	 * from the parser, without buffering, and any failure fails the reading, for the
	 * reader to read the value again without that attribute.
	 */
	private T readObject(JsonParser parser, DeserializationContext context) {
		String discriminator = this.objectVariants.discriminator();
		String discriminatorValue = null;
		String first = parser.nextName();
		if (first != null) {
			JsonToken token = parser.nextToken();
			if (first.equals(discriminator) && token == JsonToken.VALUE_STRING) {
				discriminatorValue = parser.getString();
				if (Boolean.TRUE.equals(context.getAttribute(READ_IN_PLACE))) {
					ObjectVariant<T> named = this.objectVariants.namedBy(discriminatorValue);
					Class<? extends T> record = (named != null) ? named.record() : null;
					if (record != null && record(record, context) instanceof RecordDeserializer<?> reader) {
						return record.cast(reader.deserializeAfterFirst(parser, context, first));
					}
				}
			}
		}
		TokenBuffer buffer = context.bufferForInputBuffering(parser);
		buffer.writeStartObject();
		if (first != null) {
			buffer.writeName(first);
			buffer.copyCurrentStructure(parser);
			discriminatorValue = copyRest(parser, buffer, discriminatorValue);
		}
		buffer.writeEndObject();
		ObjectVariant<T> named = (discriminatorValue != null) ? this.objectVariants.namedBy(discriminatorValue) : null;
		if (named != null && named.record() != null) {
			try (JsonParser tokens = buffer.asParserOnFirstToken(context)) {
				return named.record().cast(record(named.record(), context).deserialize(tokens, context));
			}
			catch (JacksonException ex) {
				// Read as a tree below: the next candidate, or the unknown variant.
			}
		}
		try (JsonParser tokens = buffer.asParserOnFirstToken(context)) {
			return read(context.readTree(tokens), context);
		}
	}

	/**
	 * Copy the rest of the object the parser is in into the buffer.
	 * @param value the discriminator's value so far, or null
	 * @return the discriminator's value when it is a string, the last one when it is
	 * given more than once (as a tree keeps it), else null
	 */
	private @Nullable String copyRest(JsonParser parser, TokenBuffer buffer, @Nullable String value) {
		String discriminator = this.objectVariants.discriminator();
		String last = value;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			buffer.writeName(name);
			JsonToken token = parser.nextToken();
			if (name.equals(discriminator)) {
				last = (token == JsonToken.VALUE_STRING) ? parser.getString() : null;
			}
			buffer.copyCurrentStructure(parser);
		}
		return last;
	}

	private ValueDeserializer<Object> record(Class<?> type, DeserializationContext context) {
		ValueDeserializer<Object> deserializer = this.records.get(type);
		if (deserializer == null) {
			deserializer = context.findRootValueDeserializer(context.constructType(type));
			this.records.put(type, deserializer);
		}
		return deserializer;
	}

	/**
	 * The discriminator when its value alone decides which record an object is, as
	 * {@link #READ_IN_PLACE} reads it, or null.
	 */
	@Nullable String decidingDiscriminator() {
		return this.objectVariants.discriminatorDecides() ? this.objectVariants.discriminator() : null;
	}

	/** The record variant that a value of the discriminator names, or null. */
	@Nullable Class<? extends T> recordNamedBy(String value) {
		ObjectVariant<T> named = this.objectVariants.namedBy(value);
		return (named != null) ? named.record() : null;
	}

	/** The union's record variants. */
	List<Class<? extends T>> recordVariants() {
		return this.objectVariants.recordVariants();
	}

	/** JSON {@code null} reads as no value, not as a variant. */
	@Override
	public @Nullable T getNullValue(DeserializationContext context) {
		return null;
	}

	/**
	 * A union among the variants may know a shape that this one does not, such as a
	 * string or a map.
	 */
	private @Nullable T readBySubUnion(JsonNode json, DeserializationContext context) {
		for (Class<? extends T> subUnion : this.subUnions) {
			T value = attempt((variantJson, variantContext) -> variantContext.readTreeAsValue(variantJson, subUnion),
					json, context);
			if (value != null && !(value instanceof UnknownVariant)) {
				return value;
			}
		}
		return null;
	}

	private @Nullable T readByShape(JsonNode json, DeserializationContext context) {
		if (json.isObject()) {
			for (ObjectVariant<T> variant : this.objectVariants.candidates(json)) {
				T value = attempt(variant.variant(), json, context);
				if (value != null) {
					return value;
				}
			}
			return null;
		}
		if (json.isString()) {
			return read(this.stringVariant, json, context);
		}
		if (json.isIntegralNumber()) {
			return read((this.integerVariant != null) ? this.integerVariant : this.numberVariant, json, context);
		}
		if (json.isNumber()) {
			return read(this.numberVariant, json, context);
		}
		if (json.isBoolean()) {
			return read(this.booleanVariant, json, context);
		}
		if (json.isArray()) {
			return read(this.arrayVariant, json, context);
		}
		return null;
	}

	private @Nullable T read(@Nullable Variant<T> variant, JsonNode json, DeserializationContext context) {
		return (variant != null) ? attempt(variant, json, context) : null;
	}

	/**
	 * Read a variant, or null when the JSON does not fit it after all: the next
	 * candidate, or the unknown variant, keeps the value rather than failing the whole
	 * answer.
	 */
	private @Nullable T attempt(Variant<T> variant, JsonNode json, DeserializationContext context) {
		try {
			return variant.read(json, context);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Start describing a union's variants.
	 * @param <T> the union type
	 * @param unknown wraps JSON that fits no variant
	 * @return the description
	 */
	public static <T> UnionVariants<T> variants(Function<JsonNode, T> unknown) {
		return new UnionVariants<>(unknown);
	}

}
