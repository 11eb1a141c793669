package dev.reactiveai.openai.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.ContainerDeserializerBase;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.util.AccessPattern;

/**
 * Reads one property of a record with its type's own deserializer and, when the JSON is
 * not of a shape that type reads, hands over the JSON as it came ({@link Drifted})
 * instead of failing the record.
 * <p>
 * Nothing is buffered where nothing can be lost. Scalars are read in place (a scalar is
 * still the current token when its reading fails). Objects and arrays go straight to a
 * type that keeps on its own what it cannot read: a union, a record read with drift
 * tolerance (reflectively or by its generated {@link RecordDeserializer}), a list or map
 * of them, an embedding vector. A list of strings, numbers or booleans is read element by
 * element in place, and kept whole as it came when an element is not one. Any other
 * object or array (an object where a string is described, a map of strings) is read into
 * a tree first. A list of records still fails as a whole on an element that is not an
 * object.
 */
final class DriftTolerantDeserializer extends ValueDeserializer<Object> {

	/** Element types whose values write back as the JSON they were read from. */
	private static final Set<Class<?>> PLAIN_SCALARS = Set.of(String.class, Long.class, Integer.class, Double.class,
			Float.class, Boolean.class);

	private final JavaType type;

	private final @Nullable ValueDeserializer<Object> delegate;

	private final boolean objectsInPlace;

	private final boolean arraysInPlace;

	/** The elements' deserializer, when this is a list of plain scalars. */
	private final @Nullable ValueDeserializer<Object> scalarElements;

	DriftTolerantDeserializer(JavaType type) {
		this(type, null, null);
	}

	private DriftTolerantDeserializer(JavaType type, @Nullable ValueDeserializer<Object> delegate,
			@Nullable ValueDeserializer<Object> scalarElements) {
		this.type = type;
		this.delegate = delegate;
		this.objectsInPlace = expects(delegate, JsonToken.START_OBJECT);
		this.arraysInPlace = expects(delegate, JsonToken.START_ARRAY);
		this.scalarElements = scalarElements;
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
		ValueDeserializer<Object> delegate = context.findContextualValueDeserializer(this.type, property);
		ValueDeserializer<Object> scalarElements = isListOfPlainScalars(this.type)
				? context.findContextualValueDeserializer(this.type.getContentType(), property) : null;
		return new DriftTolerantDeserializer(this.type, delegate, scalarElements);
	}

	@Override
	public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		ValueDeserializer<Object> delegate = delegate();
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
			if ((token == JsonToken.START_OBJECT) ? this.objectsInPlace : this.arraysInPlace) {
				return delegate.deserialize(parser, context);
			}
			if (token == JsonToken.START_ARRAY && this.scalarElements != null) {
				return readScalars(parser, context, this.scalarElements);
			}
			JsonNode json = context.readTree(parser);
			try {
				return context.readTreeAsValue(json, this.type);
			}
			catch (DatabindException | InputCoercionException ex) {
				return new Drifted(json);
			}
		}
		try {
			return delegate.deserialize(parser, context);
		}
		catch (DatabindException | InputCoercionException ex) {
			JsonNode json = currentScalar(parser, context);
			if (json == null) {
				throw ex;
			}
			return new Drifted(json);
		}
	}

	/**
	 * Read a list of plain scalars element by element; from the first element that is not
	 * one, the list is kept as JSON: the elements read so far write back as they came.
	 */
	private Object readScalars(JsonParser parser, DeserializationContext context, ValueDeserializer<Object> elements) {
		List<@Nullable Object> values = new ArrayList<>();
		ArrayNode json = null;
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (json == null) {
				if (token == JsonToken.VALUE_NULL) {
					values.add(elements.getNullValue(context));
					continue;
				}
				if (token.isScalarValue()) {
					try {
						values.add(elements.deserialize(parser, context));
						continue;
					}
					catch (DatabindException | InputCoercionException ex) {
						if (currentScalar(parser, context) == null) {
							throw ex;
						}
					}
				}
				json = asJson(values);
			}
			json.add(context.readTree(parser));
		}
		return (json != null) ? new Drifted(json) : values;
	}

	private static ArrayNode asJson(List<@Nullable Object> values) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ArrayNode json = nodes.arrayNode(values.size());
		for (Object value : values) {
			if (value == null) {
				json.addNull();
			}
			else if (value instanceof String text) {
				json.add(text);
			}
			else if (value instanceof Boolean flag) {
				json.add(flag);
			}
			else if (value instanceof Long number) {
				json.add(number);
			}
			else if (value instanceof Integer number) {
				json.add(number);
			}
			else if (value instanceof Float number) {
				json.add(number);
			}
			else {
				json.add((Double) value);
			}
		}
		return json;
	}

	/** The scalar the parser is on, as JSON, or null when it is not on one. */
	private static @Nullable JsonNode currentScalar(JsonParser parser, DeserializationContext context) {
		JsonToken current = parser.currentToken();
		return (current != null && current.isScalarValue()) ? context.readTree(parser) : null;
	}

	/**
	 * Whether the type reads an object or array in place and keeps what it cannot read: a
	 * union takes any JSON, a record read with drift tolerance takes objects, a map or
	 * list of such values takes objects or arrays, and a reader of its own that says it
	 * reads arrays (an embedding vector) takes arrays.
	 */
	private static boolean expects(@Nullable ValueDeserializer<?> delegate, JsonToken token) {
		if (delegate == null) {
			return false;
		}
		if (delegate instanceof UnionDeserializer<?> || delegate.logicalType() == LogicalType.Untyped) {
			return true;
		}
		if (delegate instanceof ContainerDeserializerBase<?> container) {
			LogicalType logicalType = container.logicalType();
			boolean shape = (token == JsonToken.START_OBJECT) ? logicalType == LogicalType.Map
					: logicalType == LogicalType.Collection || logicalType == LogicalType.Array;
			return shape && keepsWhatItCannotRead(container.getContentDeserializer());
		}
		if (token == JsonToken.START_ARRAY) {
			return delegate.logicalType() == LogicalType.Array;
		}
		return isDriftTolerantRecord(delegate);
	}

	/** Whether a container's values keep, on their own, what they cannot read. */
	private static boolean keepsWhatItCannotRead(@Nullable ValueDeserializer<?> content) {
		if (content == null) {
			return false;
		}
		if (content instanceof UnionDeserializer<?> || content.logicalType() == LogicalType.Untyped
				|| isDriftTolerantRecord(content)) {
			return true;
		}
		return content instanceof ContainerDeserializerBase<?> container
				&& keepsWhatItCannotRead(container.getContentDeserializer());
	}

	private static boolean isDriftTolerantRecord(ValueDeserializer<?> delegate) {
		return delegate instanceof RecordDeserializer<?> || (delegate instanceof ValueInstantiator.Gettable gettable
				&& gettable.getValueInstantiator() instanceof DriftTolerantInstantiator);
	}

	/** Whether the type is a list of plain scalars, such as a token's bytes. */
	private static boolean isListOfPlainScalars(JavaType type) {
		return type.isCollectionLikeType() && type.getRawClass().isAssignableFrom(ArrayList.class)
				&& PLAIN_SCALARS.contains(type.getContentType().getRawClass());
	}

	private ValueDeserializer<Object> delegate() {
		if (this.delegate == null) {
			throw new IllegalStateException("Not contextualized: no deserializer for " + this.type);
		}
		return this.delegate;
	}

	@Override
	public @Nullable Object getNullValue(DeserializationContext context) {
		return delegate().getNullValue(context);
	}

	@Override
	public @Nullable Object getAbsentValue(DeserializationContext context) {
		return delegate().getAbsentValue(context);
	}

	@Override
	public AccessPattern getNullAccessPattern() {
		return (this.delegate != null) ? this.delegate.getNullAccessPattern() : AccessPattern.CONSTANT;
	}

	@Override
	public @Nullable LogicalType logicalType() {
		return (this.delegate != null) ? this.delegate.logicalType() : null;
	}

	@Override
	public Class<?> handledType() {
		return this.type.getRawClass();
	}

}
