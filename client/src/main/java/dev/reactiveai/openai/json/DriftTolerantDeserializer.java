package dev.reactiveai.openai.json;

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
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.util.AccessPattern;

/**
 * Reads one property of a record with its type's own deserializer and, when the JSON is
 * not of a shape that type reads, hands over the JSON as it came ({@link Drifted})
 * instead of failing the record.
 * <p>
 * Nothing is buffered when the JSON has the expected shape: scalars are read in place (a
 * scalar is still the current token when its reading fails), and objects and arrays go
 * straight to a type that expects them. Only an object or array where the type expects
 * neither is read into a tree first. An object or array that the type expects is read in
 * place, so a value of the wrong shape deep inside a list or map still fails that
 * property: the records and unions inside it absorb what they can on their own.
 */
final class DriftTolerantDeserializer extends ValueDeserializer<Object> {

	private final JavaType type;

	private final @Nullable ValueDeserializer<Object> delegate;

	private final boolean objectsInPlace;

	private final boolean arraysInPlace;

	DriftTolerantDeserializer(JavaType type) {
		this(type, null);
	}

	private DriftTolerantDeserializer(JavaType type, @Nullable ValueDeserializer<Object> delegate) {
		this.type = type;
		this.delegate = delegate;
		this.objectsInPlace = expects(delegate, JsonToken.START_OBJECT);
		this.arraysInPlace = expects(delegate, JsonToken.START_ARRAY);
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
		return new DriftTolerantDeserializer(this.type, context.findContextualValueDeserializer(this.type, property));
	}

	@Override
	public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		ValueDeserializer<Object> delegate = delegate();
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
			if ((token == JsonToken.START_OBJECT) ? this.objectsInPlace : this.arraysInPlace) {
				return delegate.deserialize(parser, context);
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
			JsonToken current = parser.currentToken();
			if (current == null || !current.isScalarValue()) {
				throw ex;
			}
			return new Drifted(context.readTree(parser));
		}
	}

	/**
	 * Whether the type reads an object or array in place and keeps what it cannot read: a
	 * union takes any JSON, a record that keeps what it cannot read takes objects, a map
	 * or list of such values takes objects or arrays, and a reader of its own that says
	 * it reads arrays (an embedding vector) takes arrays. Anything else is buffered.
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
		return delegate instanceof ValueInstantiator.Gettable gettable
				&& gettable.getValueInstantiator() instanceof DriftTolerantInstantiator;
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
