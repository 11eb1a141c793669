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
 * The response of {@code DELETE /evals/{eval_id}}: Delete an evaluation.
 *
 * @param object A string (the API description says no more).
 * @param deleted A boolean (the API description says no more).
 * @param evalId A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalsDeleteResponse.Reader.class)
public record EvalsDeleteResponse(@JsonProperty("object") String object, @JsonProperty("deleted") Boolean deleted,
		@JsonProperty("eval_id") String evalId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalsDeleteResponse}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object A string (the API description says no more).
	 * @param deleted A boolean (the API description says no more).
	 * @param evalId A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalsDeleteResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalsDeleteResponse}.
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
	 * Builds a {@link EvalsDeleteResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private @Nullable String evalId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalsDeleteResponse source) {
			this.object = source.object();
			this.deleted = source.deleted();
			this.evalId = source.evalId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * A boolean (the API description says no more).
		 * @param deleted the value (required)
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param evalId the value (required)
		 * @return this builder
		 */
		public Builder evalId(@Nullable String evalId) {
			this.evalId = evalId;
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
		public EvalsDeleteResponse build() {
			return new EvalsDeleteResponse(Objects.requireNonNull(this.object, "'object' is required"),
					Objects.requireNonNull(this.deleted, "'deleted' is required"),
					Objects.requireNonNull(this.evalId, "'evalId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalsDeleteResponse} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalsDeleteResponse> {

		Reader() {
			super(EvalsDeleteResponse.class, "object", "deleted", "eval_id");
		}

		@Override
		protected EvalsDeleteResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalsDeleteResponse((String) values[0], (Boolean) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalsDeleteResponse} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalsDeleteResponse> {

		Writer() {
			super(EvalsDeleteResponse.class, "object", "deleted", "eval_id");
		}

		@Override
		protected @Nullable Object value(EvalsDeleteResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.deleted();
				case 2 -> record.evalId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalsDeleteResponse record) {
			return record.additionalProperties();
		}

	}
}
