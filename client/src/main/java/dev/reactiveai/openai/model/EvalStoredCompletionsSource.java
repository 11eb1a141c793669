// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A StoredCompletionsRunDataSource configuration describing a set of filters
 *
 * @param type The type of source.
 * @param metadata the {@code metadata} property
 * @param model the {@code model} property
 * @param createdAfter the {@code created_after} property
 * @param createdBefore the {@code created_before} property
 * @param limit the {@code limit} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record EvalStoredCompletionsSource(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata, @JsonProperty("model") @Nullable String model,
		@JsonProperty("created_after") @Nullable Long createdAfter,
		@JsonProperty("created_before") @Nullable Long createdBefore, @JsonProperty("limit") @Nullable Long limit,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalCompletionsRunDataSource.Source {

	public EvalStoredCompletionsSource {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link EvalStoredCompletionsSource}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link EvalStoredCompletionsSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, String> metadata;

		private @Nullable String model;

		private @Nullable Long createdAfter;

		private @Nullable Long createdBefore;

		private @Nullable Long limit;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "stored_completions";
		}

		private Builder(EvalStoredCompletionsSource source) {
			this.type = source.type();
			this.metadata = source.metadata();
			this.model = source.model();
			this.createdAfter = source.createdAfter();
			this.createdBefore = source.createdBefore();
			this.limit = source.limit();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of source. Always `stored_completions`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Set {@code model}.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code created_after}.
		 * @param createdAfter the value
		 * @return this builder
		 */
		public Builder createdAfter(@Nullable Long createdAfter) {
			this.createdAfter = createdAfter;
			return this;
		}

		/**
		 * Set {@code created_before}.
		 * @param createdBefore the value
		 * @return this builder
		 */
		public Builder createdBefore(@Nullable Long createdBefore) {
			this.createdBefore = createdBefore;
			return this;
		}

		/**
		 * Set {@code limit}.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
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
		public EvalStoredCompletionsSource build() {
			return new EvalStoredCompletionsSource(this.type, this.metadata, this.model, this.createdAfter,
					this.createdBefore, this.limit, this.additionalProperties);
		}

	}
}
