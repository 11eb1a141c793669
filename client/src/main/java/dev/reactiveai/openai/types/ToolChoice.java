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
 * Tool selection that the assistant should honor when executing the item.
 *
 * @param id Identifier of the requested tool.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ToolChoice.Reader.class)
public record ToolChoice(@JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ToolChoice}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id Identifier of the requested tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ToolChoice {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ToolChoice}.
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
	 * Builds a {@link ToolChoice}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ToolChoice source) {
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the requested tool.
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
		public ToolChoice build() {
			return new ToolChoice(Objects.requireNonNull(this.id, "'id' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ToolChoice} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ToolChoice> {

		Reader() {
			super(ToolChoice.class, "id");
		}

		@Override
		protected ToolChoice create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ToolChoice((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ToolChoice} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ToolChoice> {

		Writer() {
			super(ToolChoice.class, "id");
		}

		@Override
		protected @Nullable Object value(ToolChoice record, int index) {
			return switch (index) {
				case 0 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ToolChoice record) {
			return record.additionalProperties();
		}

	}
}
