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
 * The conversation that this response belonged to. Input items and output items from this
 * response were automatically added to this conversation.
 *
 * @param id The unique ID of the conversation that this response was associated with.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseConversation.Reader.class)
public record ResponseConversation(@JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseConversation}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The unique ID of the conversation that this response was associated with.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseConversation {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseConversation}.
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
	 * Builds a {@link ResponseConversation}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponseConversation source) {
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the conversation that this response was associated with.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		public ResponseConversation build() {
			return new ResponseConversation(Objects.requireNonNull(this.id, "'id' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseConversation} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseConversation> {

		Reader() {
			super(ResponseConversation.class, "id");
		}

		@Override
		protected ResponseConversation create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseConversation((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseConversation} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseConversation> {

		Writer() {
			super(ResponseConversation.class, "id");
		}

		@Override
		protected @Nullable Object value(ResponseConversation record, int index) {
			return switch (index) {
				case 0 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseConversation record) {
			return record.additionalProperties();
		}

	}
}
