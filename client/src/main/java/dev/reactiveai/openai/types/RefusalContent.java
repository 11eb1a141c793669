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
 * A refusal from the model.
 *
 * @param type The type of the refusal. Always {@code refusal}.
 * @param refusal The refusal explanation from the model.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RefusalContent.Reader.class)
public record RefusalContent(@JsonProperty("type") String type, @JsonProperty("refusal") String refusal,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			Message.ContentItem,
			OutputContent,
			OutputMessageContent {

	/**
	 * Creates a {@link RefusalContent}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the refusal.
	 * @param refusal The refusal explanation from the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RefusalContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RefusalContent}.
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
	 * Builds a {@link RefusalContent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String refusal;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "refusal";
		}

		private Builder(RefusalContent source) {
			this.type = source.type();
			this.refusal = source.refusal();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The refusal explanation from the model.
		 * @param refusal the value (required)
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
		public RefusalContent build() {
			return new RefusalContent(this.type, Objects.requireNonNull(this.refusal, "'refusal' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RefusalContent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RefusalContent> {

		Reader() {
			super(RefusalContent.class, "type", "refusal");
		}

		@Override
		protected RefusalContent create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new RefusalContent((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RefusalContent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RefusalContent> {

		Writer() {
			super(RefusalContent.class, "type", "refusal");
		}

		@Override
		protected @Nullable Object value(RefusalContent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.refusal();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RefusalContent record) {
			return record.additionalProperties();
		}

	}
}
