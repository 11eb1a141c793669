// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Controls for how a thread will be truncated prior to the run. Use this to control the
 * initial context window of the run.
 *
 * @param type The truncation strategy to use for the thread. The default is {@code auto}.
 * If set to {@code last_messages}, the thread will be truncated to the n most recent
 * messages in the thread. When set to {@code auto}, messages in the middle of the thread
 * will be dropped to fit the context length of the model, {@code max_prompt_tokens}.
 * @param lastMessages The number of most recent messages from the thread when
 * constructing the context for the run.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TruncationObject.Reader.class)
public record TruncationObject(@JsonProperty("type") TruncationObject.Type type,
		@JsonProperty("last_messages") @Nullable Long lastMessages,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TruncationObject}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The truncation strategy to use for the thread.
	 * @param lastMessages The number of most recent messages from the thread when
	 * constructing the context for the run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TruncationObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TruncationObject}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The truncation strategy to use for the thread. The default is {@code auto}. If set
	 * to {@code last_messages}, the thread will be truncated to the n most recent
	 * messages in the thread. When set to {@code auto}, messages in the middle of the
	 * thread will be dropped to fit the context length of the model,
	 * {@code max_prompt_tokens}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Type AUTO = new Type("auto");

		/**
		 * The value {@code last_messages}.
		 */
		public static final Type LAST_MESSAGES = new Type("last_messages");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "last_messages" -> LAST_MESSAGES;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "last_messages" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link TruncationObject}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable Long lastMessages;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(TruncationObject source) {
			this.type = source.type();
			this.lastMessages = source.lastMessages();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The truncation strategy to use for the thread.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The truncation strategy to use for the thread.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * The number of most recent messages from the thread when constructing the
		 * context for the run.
		 * @param lastMessages the value
		 * @return this builder
		 */
		public Builder lastMessages(@Nullable Long lastMessages) {
			this.lastMessages = lastMessages;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public TruncationObject build() {
			return new TruncationObject(Objects.requireNonNull(this.type, "'type' is required"), this.lastMessages,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TruncationObject} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TruncationObject> {

		Reader() {
			super(TruncationObject.class, "type", "last_messages");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected TruncationObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TruncationObject((Type) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TruncationObject} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TruncationObject> {

		Writer() {
			super(TruncationObject.class, "type", "last_messages");
		}

		@Override
		protected @Nullable Object value(TruncationObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.lastMessages();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TruncationObject record) {
			return record.additionalProperties();
		}

	}
}
