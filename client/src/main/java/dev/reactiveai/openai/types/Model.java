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
 * Describes an OpenAI model offering that can be used with the API.
 *
 * @param id The model identifier, which can be referenced in the API endpoints.
 * @param created The Unix timestamp (in seconds) when the model was created.
 * @param object The object type, which is always "model".
 * @param ownedBy The organization that owns the model.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Model.Reader.class)
public record Model(@JsonProperty("id") String id, @JsonProperty("created") Long created,
		@JsonProperty("object") String object, @JsonProperty("owned_by") String ownedBy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Model}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param id The model identifier, which can be referenced in the API endpoints.
	 * @param created The Unix timestamp (in seconds) when the model was created.
	 * @param object The object type, which is always "model".
	 * @param ownedBy The organization that owns the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Model {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Model}.
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
	 * Builds a {@link Model}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Long created;

		private @Nullable String object;

		private @Nullable String ownedBy;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "model";
		}

		private Builder(Model source) {
			this.id = source.id();
			this.created = source.created();
			this.object = source.object();
			this.ownedBy = source.ownedBy();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The model identifier, which can be referenced in the API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) when the model was created.
		 * @param created the value (required)
		 * @return this builder
		 */
		public Builder created(@Nullable Long created) {
			this.created = created;
			return this;
		}

		/**
		 * The organization that owns the model.
		 * @param ownedBy the value (required)
		 * @return this builder
		 */
		public Builder ownedBy(@Nullable String ownedBy) {
			this.ownedBy = ownedBy;
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
		public Model build() {
			return new Model(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.created, "'created' is required"), this.object,
					Objects.requireNonNull(this.ownedBy, "'ownedBy' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Model} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Model> {

		Reader() {
			super(Model.class, "id", "created", "object", "owned_by");
		}

		@Override
		protected Model create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Model((String) values[0], (Long) values[1], (String) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Model} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Model> {

		Writer() {
			super(Model.class, "id", "created", "object", "owned_by");
		}

		@Override
		protected @Nullable Object value(Model record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.created();
				case 2 -> record.object();
				case 3 -> record.ownedBy();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Model record) {
			return record.additionalProperties();
		}

	}
}
