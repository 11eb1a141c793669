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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code DELETE /evals/{eval_id}/runs/{run_id}}: Delete an eval run.
 *
 * @param object A string (the API description says no more).
 * @param deleted A boolean (the API description says no more).
 * @param runId A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalsRunsDeleteResponse.Reader.class)
public record EvalsRunsDeleteResponse(@JsonProperty("object") @Nullable String object,
		@JsonProperty("deleted") @Nullable Boolean deleted, @JsonProperty("run_id") @Nullable String runId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalsRunsDeleteResponse}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object A string (the API description says no more).
	 * @param deleted A boolean (the API description says no more).
	 * @param runId A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalsRunsDeleteResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalsRunsDeleteResponse}.
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
	 * Builds a {@link EvalsRunsDeleteResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private @Nullable String runId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalsRunsDeleteResponse source) {
			this.object = source.object();
			this.deleted = source.deleted();
			this.runId = source.runId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param object the value
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * A boolean (the API description says no more).
		 * @param deleted the value
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param runId the value
		 * @return this builder
		 */
		public Builder runId(@Nullable String runId) {
			this.runId = runId;
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
		public EvalsRunsDeleteResponse build() {
			return new EvalsRunsDeleteResponse(this.object, this.deleted, this.runId, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalsRunsDeleteResponse} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalsRunsDeleteResponse> {

		Reader() {
			super(EvalsRunsDeleteResponse.class, "object", "deleted", "run_id");
		}

		@Override
		protected EvalsRunsDeleteResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalsRunsDeleteResponse((String) values[0], (Boolean) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalsRunsDeleteResponse} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalsRunsDeleteResponse> {

		Writer() {
			super(EvalsRunsDeleteResponse.class, "object", "deleted", "run_id");
		}

		@Override
		protected @Nullable Object value(EvalsRunsDeleteResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.deleted();
				case 2 -> record.runId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalsRunsDeleteResponse record) {
			return record.additionalProperties();
		}

	}
}
