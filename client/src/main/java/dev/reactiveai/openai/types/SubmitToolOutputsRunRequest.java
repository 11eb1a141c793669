// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST
 * /threads/{thread_id}/runs/{run_id}/submit_tool_outputs}: When a run has the
 * {@code status: "requires_action"} and {@code required_action.type} is
 * {@code submit_tool_outputs}, this endpoint can be used to submit the outputs from the
 * tool calls once they're all completed.
 *
 * @param toolOutputs A list of tools for which the outputs are being submitted.
 * @param stream If {@code true}, returns a stream of events that happen during the Run as
 * server-sent events, terminating when the Run enters a terminal state with a
 * {@code data: [DONE]} message.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SubmitToolOutputsRunRequest.Reader.class)
public record SubmitToolOutputsRunRequest(
		@JsonProperty("tool_outputs") List<SubmitToolOutputsRunRequest.ToolOutput> toolOutputs,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link SubmitToolOutputsRunRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param toolOutputs A list of tools for which the outputs are being submitted.
	 * @param stream If {@code true}, returns a stream of events that happen during the
	 * Run as server-sent events, terminating when the Run enters a terminal state with a
	 * {@code data: [DONE]} message.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SubmitToolOutputsRunRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SubmitToolOutputsRunRequest}.
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
	 * An item of a {@link SubmitToolOutputsRunRequest}'s {@code tool_outputs}.
	 *
	 * @param toolCallId The ID of the tool call in the {@code required_action} object
	 * within the run object the output is being submitted for.
	 * @param output The output of the tool call to be submitted to continue the run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ToolOutput.Reader.class)
	public static record ToolOutput(@JsonProperty("tool_call_id") @Nullable String toolCallId,
			@JsonProperty("output") @Nullable String output,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ToolOutput}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param toolCallId The ID of the tool call in the {@code required_action} object
		 * within the run object the output is being submitted for.
		 * @param output The output of the tool call to be submitted to continue the run.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ToolOutput {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ToolOutput}.
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
		 * Builds a {@link ToolOutput}.
		 */
		public static final class Builder {

			private @Nullable String toolCallId;

			private @Nullable String output;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ToolOutput source) {
				this.toolCallId = source.toolCallId();
				this.output = source.output();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the tool call in the {@code required_action} object within the
			 * run object the output is being submitted for.
			 * @param toolCallId the value
			 * @return this builder
			 */
			public Builder toolCallId(@Nullable String toolCallId) {
				this.toolCallId = toolCallId;
				return this;
			}

			/**
			 * The output of the tool call to be submitted to continue the run.
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
			public ToolOutput build() {
				return new ToolOutput(this.toolCallId, this.output, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ToolOutput} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ToolOutput> {

			Reader() {
				super(ToolOutput.class, "tool_call_id", "output");
			}

			@Override
			protected ToolOutput create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new ToolOutput((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ToolOutput} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ToolOutput> {

			Writer() {
				super(ToolOutput.class, "tool_call_id", "output");
			}

			@Override
			protected @Nullable Object value(ToolOutput record, int index) {
				return switch (index) {
					case 0 -> record.toolCallId();
					case 1 -> record.output();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ToolOutput record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link SubmitToolOutputsRunRequest}.
	 * <p>
	 * {@code stream} is set by the service's call, which decides whether to stream.
	 */
	public static final class Builder {

		private @Nullable List<ToolOutput> toolOutputs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(SubmitToolOutputsRunRequest source) {
			this.toolOutputs = (source.toolOutputs() != null) ? new ArrayList<>(source.toolOutputs()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of tools for which the outputs are being submitted.
		 * <p>
		 * Takes a copy of the list.
		 * @param toolOutputs the value (required)
		 * @return this builder
		 */
		public Builder toolOutputs(@Nullable List<ToolOutput> toolOutputs) {
			this.toolOutputs = (toolOutputs != null) ? new ArrayList<>(toolOutputs) : null;
			return this;
		}

		/**
		 * A list of tools for which the outputs are being submitted.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param toolOutput the item to add
		 * @return this builder
		 */
		public Builder addToolOutput(ToolOutput toolOutput) {
			Objects.requireNonNull(toolOutput, "'toolOutput' must not be null");
			if (this.toolOutputs == null) {
				this.toolOutputs = new ArrayList<>();
			}
			this.toolOutputs.add(toolOutput);
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
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.toolOutputs, "'toolOutputs' is required"))),
					null, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SubmitToolOutputsRunRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SubmitToolOutputsRunRequest> {

		Reader() {
			super(SubmitToolOutputsRunRequest.class, "tool_outputs", "stream");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected SubmitToolOutputsRunRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SubmitToolOutputsRunRequest((List<ToolOutput>) values[0], (Boolean) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link SubmitToolOutputsRunRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SubmitToolOutputsRunRequest> {

		Writer() {
			super(SubmitToolOutputsRunRequest.class, "tool_outputs", "stream");
		}

		@Override
		protected @Nullable Object value(SubmitToolOutputsRunRequest record, int index) {
			return switch (index) {
				case 0 -> record.toolOutputs();
				case 1 -> record.stream();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SubmitToolOutputsRunRequest record) {
			return record.additionalProperties();
		}

	}
}
