package dev.reactiveai.openai.json.internal;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.jdk.CollectionDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a generated record straight from the parser's tokens, as Jackson's reflective
 * bean deserializer would read it with {@link DriftTolerance}, without its per-object
 * machinery (a value buffer, creator properties, a method handle per record): the
 * generated subclass knows the properties' JSON names and calls the canonical constructor
 * itself. Names are matched as Jackson's bean deserializers match them, by a
 * {@link PropertyNameMatcher} from the parser's bytes; the unknown properties go into a
 * map that the record keeps without a copy ({@link AdditionalProperties}).
 * <p>
 * What it reads is what the reflective reading gives: each property is read with its
 * type's deserializer, drift tolerant (a property whose JSON is not of its type's shape
 * is kept as it came among the additional properties, after the unknown ones, in the
 * order of the components); unknown properties are read as untyped values in the order
 * they came; JSON {@code null} is the type's null value; an absent property is null; of a
 * property given twice the last one counts. Strings, integers, numbers, booleans and open
 * enums of the expected token are read in place, without a deserializer call.
 * <p>
 * Generated records name their subclass in {@code @JsonDeserialize}, so any mapper reads
 * them this way; {@link #isGenerated(Class)} tells a mapper that wants Jackson's
 * reflective reading instead which deserializers these are.
 *
 * @param <T> the record
 */
public abstract class RecordDeserializer<T> extends ValueDeserializer<T> {

	private final Class<T> type;

	private final String[] names;

	/** The reading of each property: one of {@link PropertyKinds}. */
	private final int[] kinds;

	private final ValueDeserializer<Object>[] properties;

	private @Nullable ValueDeserializer<Object> untyped;

	/**
	 * Matches the properties' JSON names as the parser reads them, from its bytes where
	 * it can, without making a string of the name first: Jackson's own bean deserializers
	 * match names this way.
	 */
	private @Nullable PropertyNameMatcher matcher;

	/**
	 * Which property came next the last time, after each property, after the start
	 * ({@link #start}) and after an unknown property ({@link #afterUnknown}): -1 for none
	 * known, for {@link #readDirect}. Objects of one type mostly give their properties in
	 * one order, and comparing the bytes of the expected name is cheaper than matching a
	 * name among all. Written only when it changes, without synchronization: any value
	 * read is a valid guess.
	 */
	private final int[] successors;

	/**
	 * The unknown name that came after each property the last time one did, in the slots
	 * of {@link #successors}: a stream's chunks give the same unknown property (such as
	 * {@code obfuscation}) in each, and comparing its bytes is cheaper than comparing the
	 * name with every known one and decoding it again. Racy as {@link #successors}: each
	 * entry is immutable, and any one read is a valid guess.
	 */
	private final @Nullable Remembered[] unknownSuccessors;

	/**
	 * The value of each open enum property last read, with its bytes: a stream's chunks
	 * mostly repeat them. Racy as {@link #successors}.
	 */
	private final @Nullable Remembered[] lastEnums;

	/** The names' bytes, for {@link #readDirect}: null when a name is not plain ASCII. */
	private final byte @Nullable [][] nameBytes;

	/** How {@link #readDirect} reads each property: one of {@link PropertyKinds}. */
	private final int[] directKinds;

	/**
	 * The record read by a property of kind {@link PropertyKinds#RECORD} or a list of
	 * them.
	 */
	private final @Nullable RecordDeserializer<?>[] records;

	/** Whether a property's JSON {@code null} reads as null. */
	private final boolean[] nullIsNull;

	/** The slot of the first property in a stream's {@link RepeatedStrings}. */
	private final int firstSlot;

	/**
	 * Whether the unknown properties' values are read by Jackson's own untyped reading,
	 * which {@link #readDirect} matches for strings and booleans.
	 */
	private boolean plainUntyped;

	/**
	 * Creates the deserializer of a record.
	 * @param type the record, whose last component takes the additional properties
	 * @param names the JSON names of its other components, in their order
	 */
	@SuppressWarnings("unchecked")
	protected RecordDeserializer(Class<T> type, String... names) {
		this.type = type;
		this.names = names;
		this.kinds = new int[names.length];
		this.properties = new ValueDeserializer[names.length];
		this.successors = new int[names.length + 2];
		Arrays.fill(this.successors, -1);
		this.nameBytes = plainAscii(names) ? new byte[names.length][] : null;
		for (int i = 0; this.nameBytes != null && i < names.length; i++) {
			this.nameBytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
		}
		this.directKinds = new int[names.length];
		this.records = new RecordDeserializer[names.length];
		this.nullIsNull = new boolean[names.length];
		this.unknownSuccessors = new Remembered[names.length + 2];
		this.lastEnums = new Remembered[names.length];
		this.firstSlot = RepeatedStrings.slots(names.length);
	}

	private static boolean plainAscii(String[] names) {
		for (String name : names) {
			if (JsonBytes.plainAscii(name) == null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a deserializer class is one that a generated record names, for a mapper
	 * that reads the records reflectively instead (to compare, or to measure).
	 * @param deserializer the class named in {@code @JsonDeserialize}
	 * @return whether it is a generated record's
	 */
	public static boolean isGenerated(Class<?> deserializer) {
		return RecordDeserializer.class.isAssignableFrom(deserializer);
	}

	/**
	 * Creates the record from the values read.
	 * @param values the components' values, in their order, as read: null when absent
	 * @param additionalProperties the unknown properties, or null when there are none
	 * @return the record
	 */
	protected abstract T create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties);

	/**
	 * The value of an open enum property read from its string; only called for a property
	 * whose type is an open enum.
	 * @param index the property's index
	 * @param value the string
	 * @return the value
	 */
	protected Object openEnum(int index, String value) {
		throw new IllegalStateException(
				this.type.getName() + "'s property '" + this.names[index] + "' is no open enum: regenerate the models");
	}

	@Override
	public void resolve(DeserializationContext context) {
		RecordComponent[] components = this.type.getRecordComponents();
		if (components.length != this.names.length + 1) {
			throw new IllegalStateException(this.type.getName() + " has " + components.length
					+ " components but its deserializer knows " + this.names.length + " and one for the others");
		}
		for (int i = 0; i < this.names.length; i++) {
			JavaType propertyType = context.constructType(components[i].getGenericType());
			this.kinds[i] = PropertyKinds.of(propertyType.getRawClass());
			@SuppressWarnings("unchecked")
			ValueDeserializer<Object> property = (ValueDeserializer<Object>) new DriftTolerantDeserializer(propertyType)
				.createContextual(context, null);
			this.properties[i] = property;
			this.nullIsNull[i] = property.getNullValue(context) == null;
			this.directKinds[i] = directKind(propertyType, i, context);
		}
		this.untyped = context.findContextualValueDeserializer(context.constructType(Object.class), null);
		this.plainUntyped = this.untyped.getClass()
			.getName()
			.equals("tools.jackson.databind.deser.jdk.UntypedObjectDeserializerNR");
		List<Named> names = new ArrayList<>(this.names.length);
		for (String name : this.names) {
			names.add(Named.fromString(name));
		}
		this.matcher = context.tokenStreamFactory().constructNameMatcher(names, false);
	}

	/**
	 * How {@link #readDirect} reads a property: scalars and open enums as Jackson's path
	 * reads them in place, generated records and lists of them by their own deserializer.
	 */
	private int directKind(JavaType propertyType, int index, DeserializationContext context) {
		int kind = this.kinds[index];
		if (kind != PropertyKinds.OTHER) {
			return kind;
		}
		boolean list = propertyType.getRawClass() == List.class;
		JavaType recordType = list ? propertyType.getContentType() : propertyType;
		JsonDeserialize annotation = recordType.getRawClass().getAnnotation(JsonDeserialize.class);
		if (annotation == null || !isGenerated(annotation.using()) || (list
				&& context.findRootValueDeserializer(propertyType).getClass() != CollectionDeserializer.class)) {
			return PropertyKinds.OTHER;
		}
		if (context.findRootValueDeserializer(recordType) instanceof RecordDeserializer<?> record) {
			this.records[index] = record;
			return list ? PropertyKinds.RECORD_LIST : PropertyKinds.RECORD;
		}
		return PropertyKinds.OTHER;
	}

	@Override
	public boolean isCachable() {
		return true;
	}

	@Override
	public LogicalType logicalType() {
		return LogicalType.POJO;
	}

	@Override
	public Class<?> handledType() {
		return this.type;
	}

	@Override
	@SuppressWarnings("unchecked")
	public T deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		PropertyNameMatcher matcher = matcher();
		int match;
		if (parser.hasToken(JsonToken.START_OBJECT)) {
			match = parser.nextNameMatch(matcher);
		}
		else if (parser.hasToken(JsonToken.PROPERTY_NAME) || parser.hasToken(JsonToken.END_OBJECT)) {
			match = parser.currentNameMatch(matcher);
		}
		else {
			return (T) context.handleUnexpectedToken(this.type, parser);
		}
		return read(new Object[this.names.length], -1, match, parser, context);
	}

	/**
	 * Read the rest of an object whose first property the parser is on the value of, for
	 * a union that read the property's name to choose this record.
	 * @param parser the parser, on the first property's value
	 * @param context the context
	 * @param name the first property's name
	 * @return the record
	 * @throws JacksonException if the record cannot be read, or if the object gives the
	 * first property again: the union then reads the object as it would have without
	 * choosing early
	 */
	T deserializeAfterFirst(JsonParser parser, DeserializationContext context, String name) throws JacksonException {
		int first = matcher().matchName(name);
		if (first < 0) {
			return context.reportInputMismatch(this, "'%s' is not a property of %s", name, this.type.getName());
		}
		@Nullable Object[] values = new Object[this.names.length];
		values[first] = read(first, parser.currentToken(), parser, context);
		return read(values, first, parser.nextNameMatch(matcher()), parser, context);
	}

	/**
	 * Read properties from the match given on.
	 * @param unique the index of a property that may not be given again, or -1
	 */
	private T read(@Nullable Object[] values, int unique, int firstMatch, JsonParser parser,
			DeserializationContext context) {
		PropertyNameMatcher matcher = matcher();
		AdditionalProperties.Read additionalProperties = null;
		for (int match = firstMatch; match >= 0
				|| match == PropertyNameMatcher.MATCH_UNKNOWN_NAME; match = parser.nextNameMatch(matcher)) {
			if (match >= 0) {
				if (match == unique) {
					return context.reportInputMismatch(this, "'%s' is given twice", this.names[match]);
				}
				values[match] = read(match, parser.nextToken(), parser, context);
				continue;
			}
			String name = parser.currentName();
			JsonToken token = parser.nextToken();
			if (additionalProperties == null) {
				additionalProperties = new AdditionalProperties.Read();
			}
			additionalProperties.add(name,
					(token == JsonToken.VALUE_NULL) ? null : untyped().deserialize(parser, context));
		}
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Drifted drifted) {
				if (additionalProperties == null) {
					additionalProperties = new AdditionalProperties.Read();
				}
				additionalProperties.add(this.names[i], drifted.json());
				values[i] = null;
			}
		}
		return create(values, additionalProperties);
	}

	/**
	 * Read the record from JSON bytes, to the value that {@link #deserialize} reads from
	 * Jackson's tokens of the same bytes, for the forms that {@link JsonBytes} reads:
	 * each property of a scalar type, open enum, generated record or list of them, given
	 * as such or as {@code null}; unknown properties of a string or boolean value; no
	 * property drifted from its described shape.
	 * @param json the bytes, on the object's opening brace
	 * @return the record
	 * @throws RuntimeException {@link JsonBytes#UNREADABLE} when the object holds more
	 * than that: Jackson reads it instead
	 */
	T readDirect(JsonBytes json) {
		byte[][] nameBytes = directNames();
		json.open('{');
		@Nullable Object[] values = new Object[this.names.length];
		if (json.peek() == '}') {
			json.close('}');
			return create(values, null);
		}
		return readDirect(json, nameBytes, values, -1, start());
	}

	/**
	 * Read the rest of an object whose first property a union read to choose this record,
	 * as {@link #deserializeAfterFirst} reads it.
	 * @param json the bytes, after the first property's value
	 * @param first the first property's index ({@link #indexOf})
	 * @param value its value ({@link #firstValue})
	 * @return the record
	 * @throws RuntimeException {@link JsonBytes#UNREADABLE} as
	 * {@link #readDirect(JsonBytes)}
	 */
	T readDirectAfterFirst(JsonBytes json, int first, Object value) {
		byte[][] nameBytes = directNames();
		@Nullable Object[] values = new Object[this.names.length];
		values[first] = value;
		return json.nextMember() ? readDirect(json, nameBytes, values, first, first) : create(values, null);
	}

	/**
	 * The index of a property, for {@link #readDirectAfterFirst(JsonBytes, int, Object)}.
	 * @throws RuntimeException {@link JsonBytes#UNREADABLE} when the record has none of
	 * that name
	 */
	int indexOf(String name) {
		int index = matcher().matchName(name);
		if (index < 0) {
			throw JsonBytes.UNREADABLE;
		}
		return index;
	}

	/**
	 * The value of a property given as a string, read first by a union, for
	 * {@link #readDirectAfterFirst(JsonBytes, int, Object)}.
	 * @throws RuntimeException {@link JsonBytes#UNREADABLE} when the property is neither
	 * a string nor an open enum
	 */
	Object firstValue(int index, String value) {
		return switch (this.kinds[index]) {
			case PropertyKinds.STRING -> value;
			case PropertyKinds.OPEN_ENUM -> openEnum(index, value);
			default -> throw JsonBytes.UNREADABLE;
		};
	}

	private byte[][] directNames() {
		if (this.nameBytes == null || !this.plainUntyped) {
			throw JsonBytes.UNREADABLE;
		}
		return this.nameBytes;
	}

	/**
	 * Read the members from the next one's name to the object's end.
	 * @param unique the index of a property that may not be given again, or -1
	 * @param previous the slot in {@link #successors} of the member before
	 */
	private T readDirect(JsonBytes json, byte[][] nameBytes, @Nullable Object[] values, int unique, int previous) {
		AdditionalProperties.Read additionalProperties = null;
		int last = previous;
		do {
			int expected = this.successors[last];
			String name = (expected < 0) ? rememberedUnknown(json, last) : null;
			if (name == null) {
				int match = directMatch(json, last, expected, nameBytes);
				if (match >= 0) {
					if (match == unique) {
						throw JsonBytes.UNREADABLE;
					}
					values[match] = readDirect(match, json);
					last = match;
					continue;
				}
				name = json.name();
				this.unknownSuccessors[last] = new Remembered(json.lastName(), name);
			}
			if (additionalProperties == null) {
				additionalProperties = new AdditionalProperties.Read();
			}
			additionalProperties.add(name, json.readNull() ? null : readUntypedScalar(json));
			last = afterUnknown();
		}
		while (json.nextMember());
		return create(values, additionalProperties);
	}

	/**
	 * Read the next name if it is the unknown one that came after the same property the
	 * last time an unknown one did.
	 * @return the name, or null when it is not: nothing was read then
	 */
	private @Nullable String rememberedUnknown(JsonBytes json, int previous) {
		Remembered unknown = this.unknownSuccessors[previous];
		return (unknown != null && json.nameIs(unknown.bytes())) ? (String) unknown.value() : null;
	}

	/**
	 * Read a name, trying first the one that came after the same property last time.
	 * @param expected that name's index ({@link #successors}), or -1
	 */
	private int directMatch(JsonBytes json, int previous, int expected, byte[][] nameBytes) {
		if (expected >= 0 && json.nameIs(nameBytes[expected])) {
			return expected;
		}
		json.readName();
		int match = -1;
		for (int i = 0; i < nameBytes.length; i++) {
			if (json.lastNameIs(nameBytes[i])) {
				match = i;
				break;
			}
		}
		if (match != expected) {
			this.successors[previous] = match;
		}
		return match;
	}

	private @Nullable Object readDirect(int index, JsonBytes json) {
		if (json.readNull()) {
			if (!this.nullIsNull[index]) {
				throw JsonBytes.UNREADABLE;
			}
			return null;
		}
		return switch (this.directKinds[index]) {
			case PropertyKinds.STRING -> json.readString(this.firstSlot + index);
			case PropertyKinds.LONG -> json.readLong();
			case PropertyKinds.DOUBLE -> json.readDouble();
			case PropertyKinds.BOOLEAN -> json.readBoolean();
			case PropertyKinds.OPEN_ENUM -> readOpenEnum(index, json);
			case PropertyKinds.RECORD -> record(index).readDirect(json);
			case PropertyKinds.RECORD_LIST -> readList(record(index), json);
			default -> throw JsonBytes.UNREADABLE;
		};
	}

	/** An open enum, the same value as last time when its string is. */
	private Object readOpenEnum(int index, JsonBytes json) {
		Remembered last = this.lastEnums[index];
		if (last != null && json.stringIs(last.bytes())) {
			return last.value();
		}
		String string = json.readString();
		Object value = openEnum(index, string);
		byte[] bytes = JsonBytes.plainAscii(string);
		if (bytes != null) {
			this.lastEnums[index] = new Remembered(bytes, value);
		}
		return value;
	}

	private RecordDeserializer<?> record(int index) {
		RecordDeserializer<?> record = this.records[index];
		if (record == null) {
			throw JsonBytes.UNREADABLE;
		}
		return record;
	}

	/**
	 * A list of records, as Jackson's collection deserializer reads it: an ArrayList,
	 * sized for one element when it holds one, as a stream chunk's {@code choices} does
	 * (the default capacity would allocate room for ten).
	 */
	private static List<Object> readList(RecordDeserializer<?> elements, JsonBytes json) {
		json.open('[');
		if (json.peek() == ']') {
			json.close(']');
			return new ArrayList<>();
		}
		Object first = readElement(elements, json);
		if (!json.nextElement()) {
			List<Object> one = new ArrayList<>(1);
			one.add(first);
			return one;
		}
		List<Object> list = new ArrayList<>();
		list.add(first);
		do {
			list.add(readElement(elements, json));
		}
		while (json.nextElement());
		return list;
	}

	private static Object readElement(RecordDeserializer<?> elements, JsonBytes json) {
		if (json.peek() != '{') {
			throw JsonBytes.UNREADABLE;
		}
		return elements.readDirect(json);
	}

	/**
	 * An unknown property's value, as Jackson's untyped reading reads a string or
	 * boolean.
	 */
	private static Object readUntypedScalar(JsonBytes json) {
		int next = json.peek();
		if (next == '"') {
			return json.readString();
		}
		if (next == 't' || next == 'f') {
			return json.readBoolean();
		}
		throw JsonBytes.UNREADABLE;
	}

	private int start() {
		return this.names.length;
	}

	private int afterUnknown() {
		return this.names.length + 1;
	}

	private @Nullable Object read(int index, JsonToken token, JsonParser parser, DeserializationContext context) {
		switch (this.kinds[index]) {
			case PropertyKinds.STRING -> {
				if (token == JsonToken.VALUE_STRING) {
					return parser.getString();
				}
			}
			case PropertyKinds.LONG -> {
				if (token == JsonToken.VALUE_NUMBER_INT
						&& parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
					return parser.getLongValue();
				}
			}
			case PropertyKinds.DOUBLE -> {
				if (token == JsonToken.VALUE_NUMBER_FLOAT) {
					return parser.getDoubleValue();
				}
			}
			case PropertyKinds.BOOLEAN -> {
				if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
					return token == JsonToken.VALUE_TRUE;
				}
			}
			case PropertyKinds.OPEN_ENUM -> {
				if (token == JsonToken.VALUE_STRING) {
					return openEnum(index, parser.getString());
				}
			}
			default -> {
			}
		}
		ValueDeserializer<Object> property = this.properties[index];
		return (token == JsonToken.VALUE_NULL) ? property.getNullValue(context) : property.deserialize(parser, context);
	}

	private PropertyNameMatcher matcher() {
		if (this.matcher == null) {
			throw new IllegalStateException("Not resolved: " + this.type.getName() + "'s deserializer");
		}
		return this.matcher;
	}

	private ValueDeserializer<Object> untyped() {
		if (this.untyped == null) {
			throw new IllegalStateException("Not resolved: " + this.type.getName() + "'s deserializer");
		}
		return this.untyped;
	}

	/**
	 * A value read before, with the bytes of the JSON string it was read from, which
	 * {@link JsonBytes#stringIs} compares.
	 */
	private record Remembered(byte[] bytes, Object value) {

	}

}
