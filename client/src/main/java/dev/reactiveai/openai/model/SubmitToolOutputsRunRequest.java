// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * @param toolOutputs A list of tools for which the outputs are being submitted.
 * @param stream the {@code stream} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record SubmitToolOutputsRunRequest(
		@JsonProperty("tool_outputs") List<SubmitToolOutputsRunRequest.ToolOutputsItem> toolOutputs,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public SubmitToolOutputsRunRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link SubmitToolOutputsRunRequest}.
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
	 * @param toolCallId The ID of the tool call in the `required_action` object within
	 * the run object the output is being submitted for.
	 * @param output The output of the tool call to be submitted to continue the run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ToolOutputsItem(@JsonProperty("tool_call_id") @Nullable String toolCallId,
			@JsonProperty("output") @Nullable String output,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ToolOutputsItem {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ToolOutputsItem}.
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
		 * Builds a {@link ToolOutputsItem}.
		 */
		public static final class Builder {

			private @Nullable String toolCallId;

			private @Nullable String output;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ToolOutputsItem source) {
				this.toolCallId = source.toolCallId();
				this.output = source.output();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code tool_call_id}: The ID of the tool call in the `required_action`
			 * object within the run object the output is being submitted for.
			 * @param toolCallId the value
			 * @return this builder
			 */
			public Builder toolCallId(@Nullable String toolCallId) {
				this.toolCallId = toolCallId;
				return this;
			}

			/**
			 * Set {@code output}: The output of the tool call to be submitted to continue
			 * the run.
			 * @param output the value
			 * @return this builder
			 */
			public Builder output(@Nullable String output) {
				this.output = output;
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
			public ToolOutputsItem build() {
				return new ToolOutputsItem(this.toolCallId, this.output, this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link SubmitToolOutputsRunRequest}.
	 */
	public static final class Builder {

		private @Nullable List<ToolOutputsItem> toolOutputs;

		private @Nullable Boolean stream;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(SubmitToolOutputsRunRequest source) {
			this.toolOutputs = source.toolOutputs();
			this.stream = source.stream();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code tool_outputs}: A list of tools for which the outputs are being
		 * submitted.
		 * @param toolOutputs the value (required)
		 * @return this builder
		 */
		public Builder toolOutputs(@Nullable List<ToolOutputsItem> toolOutputs) {
			this.toolOutputs = toolOutputs;
			return this;
		}

		/**
		 * Set {@code stream}.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
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
		public SubmitToolOutputsRunRequest build() {
			return new SubmitToolOutputsRunRequest(
					Objects.requireNonNull(this.toolOutputs, "'toolOutputs' is required"), this.stream,
					this.additionalProperties);
		}

	}
}
