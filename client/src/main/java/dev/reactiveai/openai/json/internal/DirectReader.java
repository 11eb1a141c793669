package dev.reactiveai.openai.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a generated record, or a union of them that a discriminator decides, straight
 * from the UTF-8 bytes of its JSON, without Jackson's tokenizer, where the JSON takes the
 * common forms: what a stream's events mostly are. Profiles of a long stream put most of
 * the event loop's time in tokenizing (matching names, decoding strings through a char
 * buffer, tracking locations); reading the bytes of a known record, its names in the
 * order they came last time, does a fraction of that work.
 * <p>
 * The value read is the one that the mapper's own reading of the same bytes gives (tests
 * compare the two on random JSON of the stream types and on damaged JSON). Where the
 * bytes take any other form, {@link #read} answers null and the caller reads them with
 * the mapper: what they read, or how they fail, is then exactly what it was.
 *
 * @param <T> the type read
 */
public final class DirectReader<T> {

	private static final String TYPE_ATTRIBUTE = DirectReader.class.getName() + ".type";

	private final @Nullable RecordDeserializer<T> record;

	private final @Nullable UnionDeserializer<T> union;

	private final String discriminator;

	private final byte[] discriminatorBytes;

	/** The deserializers of the union's record variants. */
	private final Map<Class<?>, RecordDeserializer<?>> variants;

	private final StreamReadConstraints constraints;

	/**
	 * The variant that the last discriminator named: a stream's events mostly repeat it,
	 * and comparing its bytes is cheaper than decoding and looking it up again. Written
	 * without synchronization, as the entry is immutable and any one read is a valid
	 * guess.
	 */
	private @Nullable Chosen<? extends T> lastChosen;

	private DirectReader(@Nullable RecordDeserializer<T> record, @Nullable UnionDeserializer<T> union,
			@Nullable String discriminator, Map<Class<?>, RecordDeserializer<?>> variants,
			StreamReadConstraints constraints) {
		this.record = record;
		this.union = union;
		this.discriminator = (discriminator != null) ? discriminator : "";
		this.discriminatorBytes = this.discriminator.getBytes(StandardCharsets.UTF_8);
		this.variants = variants;
		this.constraints = constraints;
	}

	/**
	 * The direct reader of a type, with the mapper's deserializers and limits.
	 * @param <T> the type
	 * @param mapper the mapper whose reading the reader matches
	 * @param type the type
	 * @return the reader, or null when the type is neither a generated record nor a union
	 * of them that a discriminator decides, or when the mapper's settings ask for more
	 * than the reader checks
	 */
	@SuppressWarnings("unchecked")
	public static <T> @Nullable DirectReader<T> of(JsonMapper mapper, Class<T> type) {
		TokenStreamFactory factory = mapper.tokenStreamFactory();
		if (factory.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
				|| mapper.deserializationConfig().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
				|| factory.streamReadConstraints().getMaxTokenCount() > 0) {
			return null;
		}
		JsonDeserialize annotation = type.getAnnotation(JsonDeserialize.class);
		if (annotation == null || !(RecordDeserializer.isGenerated(annotation.using())
				|| UnionDeserializer.class.isAssignableFrom(annotation.using()))) {
			return null;
		}
		return mapper.readerFor(Lookup.class).withAttribute(TYPE_ATTRIBUTE, type).readValue("0");
	}

	/**
	 * Read a value.
	 * @param bytes the bytes of its JSON
	 * @param offset where they start
	 * @param length how many there are
	 * @return the value, or null when the mapper must read the bytes instead
	 */
	public @Nullable T read(byte[] bytes, int offset, int length) {
		return read(bytes, offset, length, null);
	}

	/**
	 * Read a value of a stream, whose string values may repeat those of the stream's
	 * values before.
	 * @param bytes the bytes of its JSON
	 * @param offset where they start
	 * @param length how many there are
	 * @param repeats the string values of the stream's values before, or null
	 * @return the value, or null when the mapper must read the bytes instead
	 */
	public @Nullable T read(byte[] bytes, int offset, int length, @Nullable RepeatedStrings repeats) {
		long maxLength = this.constraints.getMaxDocumentLength();
		if (maxLength > 0 && length > maxLength) {
			return null;
		}
		try {
			JsonBytes json = new JsonBytes(bytes, offset, length, this.constraints, repeats);
			if (json.peek() != '{') {
				return null;
			}
			T value = (this.record != null) ? this.record.readDirect(json) : readVariant(json);
			return json.atEnd() ? value : null;
		}
		catch (RuntimeException ex) {
			// Not a form read here, or a record that fails to be created: the mapper
			// reads it, and fails as it would have.
			return null;
		}
	}

	/**
	 * Read an object of the union whose first property is the discriminator, naming a
	 * record variant, as the union reads it in place.
	 */
	private T readVariant(JsonBytes json) {
		json.open('{');
		if (!json.nameIs(this.discriminatorBytes)) {
			throw JsonBytes.UNREADABLE;
		}
		Chosen<? extends T> last = this.lastChosen;
		byte[] lastBytes = (last != null) ? last.bytes() : null;
		Chosen<? extends T> chosen = (last != null && lastBytes != null && json.stringIs(lastBytes)) ? last
				: choose(json.readString());
		return chosen.type().cast(chosen.variant().readDirectAfterFirst(json, chosen.index(), chosen.value()));
	}

	/** The variant that a discriminator's value names, remembered when it is plain. */
	private Chosen<? extends T> choose(String value) {
		UnionDeserializer<T> union = this.union;
		Class<? extends T> type = (union != null) ? union.recordNamedBy(value) : null;
		RecordDeserializer<?> variant = (type != null) ? this.variants.get(type) : null;
		if (type == null || variant == null) {
			throw JsonBytes.UNREADABLE;
		}
		int index = variant.indexOf(this.discriminator);
		Chosen<? extends T> chosen = new Chosen<>(JsonBytes.plainAscii(value), type, variant, index,
				variant.firstValue(index, value));
		if (chosen.bytes() != null) {
			this.lastChosen = chosen;
		}
		return chosen;
	}

	/**
	 * A variant that a discriminator's value names, with what reading it takes.
	 *
	 * @param bytes the value's bytes in JSON, for {@link JsonBytes#stringIs}, or null
	 * when it has characters that JSON may escape
	 * @param type the variant's record
	 * @param variant its deserializer
	 * @param index the discriminator's index among its properties
	 * @param value the discriminator's value as the record holds it
	 */
	private record Chosen<V>(byte @Nullable [] bytes, Class<V> type, RecordDeserializer<?> variant, int index,
			Object value) {

	}

	/**
	 * Finds the mapper's deserializer of the type named in the attribute, and of its
	 * variants: the mapper keeps its deserialization context to itself.
	 */
	@JsonDeserialize(using = Lookup.Finder.class)
	static final class Lookup {

		static final class Finder extends ValueDeserializer<Object> {

			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public @Nullable Object deserialize(JsonParser parser, DeserializationContext context)
					throws JacksonException {
				Class<?> type = (Class<?>) context.getAttribute(TYPE_ATTRIBUTE);
				ValueDeserializer<?> root = context.findRootValueDeserializer(context.constructType(type));
				StreamReadConstraints constraints = context.tokenStreamFactory().streamReadConstraints();
				if (root instanceof RecordDeserializer<?> record) {
					return new DirectReader(record, null, null, Map.of(), constraints);
				}
				if (root instanceof UnionDeserializer<?> union && union.decidingDiscriminator() != null) {
					Map<Class<?>, RecordDeserializer<?>> variants = new HashMap<>();
					for (Class<?> variant : union.recordVariants()) {
						if (context.findRootValueDeserializer(
								context.constructType(variant)) instanceof RecordDeserializer<?> record) {
							variants.put(variant, record);
						}
					}
					return new DirectReader(null, union, union.decidingDiscriminator(), Map.copyOf(variants),
							constraints);
				}
				return null;
			}

		}

	}

}
