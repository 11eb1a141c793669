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
 * The text content that is part of a message.
 *
 * @param type Always {@code text}.
 * @param text Text content to be sent to the model
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageRequestContentTextObject.Reader.class)
public record MessageRequestContentTextObject(@JsonProperty("type") String type, @JsonProperty("text") String text,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateMessageRequest.Content.ArrayOfContentPart {

	/**
	 * Creates a {@link MessageRequestContentTextObject}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Always {@code text}.
	 * @param text Text content to be sent to the model
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageRequestContentTextObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageRequestContentTextObject}.
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
	 * Builds a {@link MessageRequestContentTextObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "text";
		}

		private Builder(MessageRequestContentTextObject source) {
			this.type = source.type();
			this.text = source.text();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Text content to be sent to the model
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
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
		public MessageRequestContentTextObject build() {
			return new MessageRequestContentTextObject(this.type,
					Objects.requireNonNull(this.text, "'text' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageRequestContentTextObject} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageRequestContentTextObject> {

		Reader() {
			super(MessageRequestContentTextObject.class, "type", "text");
		}

		@Override
		protected MessageRequestContentTextObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MessageRequestContentTextObject((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageRequestContentTextObject} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageRequestContentTextObject> {

		Writer() {
			super(MessageRequestContentTextObject.class, "type", "text");
		}

		@Override
		protected @Nullable Object value(MessageRequestContentTextObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageRequestContentTextObject record) {
			return record.additionalProperties();
		}

	}
}
