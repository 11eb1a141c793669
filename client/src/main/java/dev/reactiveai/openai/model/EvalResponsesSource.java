// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A EvalResponsesSource object describing a run data source configuration.
 *
 * @param type The type of run data source.
 * @param metadata the {@code metadata} property
 * @param model the {@code model} property
 * @param instructionsSearch the {@code instructions_search} property
 * @param createdAfter the {@code created_after} property
 * @param createdBefore the {@code created_before} property
 * @param reasoningEffort the {@code reasoning_effort} property
 * @param temperature the {@code temperature} property
 * @param topP the {@code top_p} property
 * @param users the {@code users} property
 * @param tools the {@code tools} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record EvalResponsesSource(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, Object> metadata, @JsonProperty("model") @Nullable String model,
		@JsonProperty("instructions_search") @Nullable String instructionsSearch,
		@JsonProperty("created_after") @Nullable Long createdAfter,
		@JsonProperty("created_before") @Nullable Long createdBefore,
		@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("users") @Nullable List<String> users, @JsonProperty("tools") @Nullable List<String> tools,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalResponsesRunDataSource.Source {

	public EvalResponsesSource {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link EvalResponsesSource}.
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
	 * Builds a {@link EvalResponsesSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, Object> metadata;

		private @Nullable String model;

		private @Nullable String instructionsSearch;

		private @Nullable Long createdAfter;

		private @Nullable Long createdBefore;

		private @Nullable ReasoningEffort reasoningEffort;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable List<String> users;

		private @Nullable List<String> tools;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "responses";
		}

		private Builder(EvalResponsesSource source) {
			this.type = source.type();
			this.metadata = source.metadata();
			this.model = source.model();
			this.instructionsSearch = source.instructionsSearch();
			this.createdAfter = source.createdAfter();
			this.createdBefore = source.createdBefore();
			this.reasoningEffort = source.reasoningEffort();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.users = source.users();
			this.tools = source.tools();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of run data source. Always `responses`.
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
		public Builder metadata(@Nullable Map<String, Object> metadata) {
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
		 * Set {@code instructions_search}.
		 * @param instructionsSearch the value
		 * @return this builder
		 */
		public Builder instructionsSearch(@Nullable String instructionsSearch) {
			this.instructionsSearch = instructionsSearch;
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
		 * Set {@code reasoning_effort}.
		 * @param reasoningEffort the value
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Set {@code reasoning_effort} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder reasoningEffort(String value) {
			return reasoningEffort(ReasoningEffort.of(value));
		}

		/**
		 * Set {@code temperature}.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set {@code top_p}.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set {@code users}.
		 * @param users the value
		 * @return this builder
		 */
		public Builder users(@Nullable List<String> users) {
			this.users = users;
			return this;
		}

		/**
		 * Set {@code tools}.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<String> tools) {
			this.tools = tools;
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
		public EvalResponsesSource build() {
			return new EvalResponsesSource(this.type, this.metadata, this.model, this.instructionsSearch,
					this.createdAfter, this.createdBefore, this.reasoningEffort, this.temperature, this.topP,
					this.users, this.tools, this.additionalProperties);
		}

	}
}
