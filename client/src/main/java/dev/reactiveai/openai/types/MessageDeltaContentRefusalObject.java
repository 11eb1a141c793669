// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The refusal content that is part of a message.
 *
 * @param index The index of the refusal part in the message.
 * @param type Always {@code refusal}.
 * @param refusal A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageDeltaContentRefusalObject.Reader.class)
public record MessageDeltaContentRefusalObject(@JsonProperty("index") Long index, @JsonProperty("type") String type,
		@JsonProperty("refusal") @Nullable String refusal,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			MessageDelta.Delta.ContentItem {

	/**
	 * Creates a {@link MessageDeltaContentRefusalObject}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param index The index of the refusal part in the message.
	 * @param type Always {@code refusal}.
	 * @param refusal A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageDeltaContentRefusalObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageDeltaContentRefusalObject}.
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
	 * Builds a {@link MessageDeltaContentRefusalObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String type;

		private @Nullable String refusal;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "refusal";
		}

		private Builder(MessageDeltaContentRefusalObject source) {
			this.index = source.index();
			this.type = source.type();
			this.refusal = source.refusal();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the refusal part in the message.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param refusal the value
		 * @return this builder
		 */
		public Builder refusal(@Nullable String refusal) {
			this.refusal = refusal;
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
		public MessageDeltaContentRefusalObject build() {
			return new MessageDeltaContentRefusalObject(Objects.requireNonNull(this.index, "'index' is required"),
					this.type, this.refusal, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageDeltaContentRefusalObject} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageDeltaContentRefusalObject> {

		Reader() {
			super(MessageDeltaContentRefusalObject.class, "index", "type", "refusal");
		}

		@Override
		protected MessageDeltaContentRefusalObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MessageDeltaContentRefusalObject((Long) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageDeltaContentRefusalObject} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageDeltaContentRefusalObject> {

		Writer() {
			super(MessageDeltaContentRefusalObject.class, "index", "type", "refusal");
		}

		@Override
		protected @Nullable Object value(MessageDeltaContentRefusalObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.type();
				case 2 -> record.refusal();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageDeltaContentRefusalObject record) {
			return record.additionalProperties();
		}

	}
}
